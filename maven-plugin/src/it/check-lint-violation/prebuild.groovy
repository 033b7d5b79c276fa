// The samples share one local repository that outlives a run: what the verify script looks for there must be this run's.
new File(localRepositoryPath, 'io/itwincontracts/its/check-lint-violation').deleteDir()
