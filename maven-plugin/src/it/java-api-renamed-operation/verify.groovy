// The wire check lets the rename through as a warning; the Java-API check, on the baseline generated with the same
// execution, fails on the method the rename removed.
def log = new File(basedir, 'build.log').text
assert log.contains('WARN widgets')
assert log.contains('generated-name')
assert log.contains('breaking change(s) to the generated Java API')
assert log =~ /ERROR sample widgets com\.example\.widgets\.\w+#createWidget\(.*\): method removed/
assert new File(basedir, 'target/baseline-classes/com/example/widgets').isDirectory()
assert !new File(localRepositoryPath, 'io/itwincontracts/its/java-api-renamed-operation').exists()
