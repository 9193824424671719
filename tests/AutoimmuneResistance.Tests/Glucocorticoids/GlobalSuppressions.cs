using System.Diagnostics.CodeAnalysis;

// tests/Directory.Build.props already silences these for the test project, but a command-line -p:NoWarn=... replaces
// that property; scoping the same suppressions to this folder's namespace keeps such builds warning-free.
[assembly: SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Test names use underscores.", Scope = "namespaceanddescendants", Target = "~N:AutoimmuneResistance.Tests.Glucocorticoids")]
[assembly: SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "xUnit test classes are public.", Scope = "namespaceanddescendants", Target = "~N:AutoimmuneResistance.Tests.Glucocorticoids")]
