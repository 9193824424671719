namespace AutoimmuneResistance.Tests.Seeds;

// Finds the repository root by walking up from the test assembly's directory to the one holding the solution file.
internal static class RepositoryRoot
{
    private const string SolutionFile = "AutoimmuneResistance.sln";

    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains {SolutionFile}.");
    }
}
