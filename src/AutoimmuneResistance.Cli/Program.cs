namespace AutoimmuneResistance.Cli;

/// <summary>The <c>autoimmune-resistance</c> executable.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (docs/cli.md): 0 success, 1 a record or input failed, 2 usage, 130 cancelled.</returns>
    public static async Task<int> Main(string[] args)
    {
        // Ctrl-C cancels the run instead of killing the process, so that every file being written is completed (the
        // records so far, a valid Parquet footer); a second Ctrl-C ends the process at once.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };

        return await CommandLine.InvokeAsync(args, CliConsole.ForProcess(), cancellation.Token).ConfigureAwait(false);
    }
}
