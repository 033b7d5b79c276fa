// The run failed at the gate, after a passing test, naming the shortfall and what was never reached.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0')
assert log.contains('API coverage is below its gate:')
assert log.contains('the minimum is 60.0% (itwin.coverage.minimum)')
assert log.contains('required but never reached: createSystem 409')
assert log.contains('createSystem: 401, 403, 409, 422, 429')
assert new File(basedir, 'target/itwin-contracts/coverage/com.example.coveragegate.OnlyCreatesTest.json').isFile()
