using System.Text;

namespace AutoimmuneResistance.Cli.Tests;

/// <summary>Runs the command line in-process against in-memory standard streams.</summary>
internal sealed record CliRun(int ExitCode, byte[] Stdout, string Text, string Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    public static async Task<CliRun> InvokeAsync(string[] args, byte[]? stdin = null, CancellationToken cancellationToken = default)
    {
        var stdout = new MemoryStream();
        var text = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole
        {
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
            StandardOutput = stdout,
            Out = text,
            Error = error,
        };
        var code = await CommandLine.InvokeAsync(args, console, cancellationToken);
        return new CliRun(code, stdout.ToArray(), text.ToString(), error.ToString());
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above the test's directory.");
    }

    public static string DemoCohort => Path.Combine(RepositoryRoot(), "seeds", "demo-cohort.jsonl");
}

/// <summary>A temporary directory, deleted after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("air-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
