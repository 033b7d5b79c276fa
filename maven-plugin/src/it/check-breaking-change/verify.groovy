// The build fails in the check, naming the change and the version to raise, and installs nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('breaking change(s) against the released contract')
assert log.contains('ERROR widgets createWidget (POST /widgets) request body /name')
assert log.contains('raise info.version to 2.0.0')
assert !new File(localRepositoryPath, 'io/itwincontracts/its/check-breaking-change').exists()
