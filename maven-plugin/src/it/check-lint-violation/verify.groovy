// The build fails in the check with the file, the JSON pointer and the rule.
def log = new File(basedir, 'build.log').text
assert log.contains('spec lint violation(s)')
assert log.contains('widgets.yaml: /paths/~1widgets/post: operation has no operationId [operation-id]')
assert !new File(localRepositoryPath, 'io/itwincontracts/its/check-lint-violation').exists()
