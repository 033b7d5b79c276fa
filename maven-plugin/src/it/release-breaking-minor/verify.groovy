// The release is refused because the breaking change needs a new major version, and the baseline is untouched.
def log = new File(basedir, 'build.log').text
assert log.contains('release refused')
assert log.contains('2.0.0')
def baseline = new File(basedir, 'baseline/widgets.yaml').text
assert baseline.contains('version: 1.0.0') && baseline.contains('maxLength: 100')
