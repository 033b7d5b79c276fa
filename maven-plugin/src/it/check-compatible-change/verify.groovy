// The compatible change is listed as INFO with its rule, the verdict names the released version, and the changelog
// pages exist; the build went on to install.
def log = new File(basedir, 'build.log').text
assert log.contains('INFO widgets createWidget (POST /widgets) request body /colour: optional property added')
assert log =~ /widgets: 1 compatible change\(s\), none breaking/
assert new File(basedir, 'target/changelog/widgets.html').isFile()
assert new File(basedir, 'target/changelog/widgets.md').text.contains('/colour')
assert new File(localRepositoryPath, 'io/itwincontracts/its/check-compatible-change/1.0.0-SNAPSHOT').isDirectory()
