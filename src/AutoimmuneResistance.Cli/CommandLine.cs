using System.CommandLine;
using AutoimmuneResistance.Cli.Commands;

namespace AutoimmuneResistance.Cli;

/// <summary>
/// The <c>autoimmune-resistance</c> command line (docs/cli.md), callable in-process: the executable, the tests and the
/// demo-cohort sample all run it through <see cref="InvokeAsync"/>.
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code: success, and every record was evaluated or valid.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the command ran, but a record (or the input) failed; the output says which.</summary>
    public const int RecordsFailed = 1;

    /// <summary>Exit code: the command line or its arguments are wrong (unknown option, missing file, unknown definition set).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: a file could not be read or written (a disk full, a permission refused); the message names it.</summary>
    public const int FileError = 3;

    /// <summary>Exit code: stopped by Ctrl-C (or cancellation); every file written so far is complete and valid.</summary>
    public const int Cancelled = 130;

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="console">The standard streams to use.</param>
    /// <param name="cancellationToken">Stops the command cleanly (Ctrl-C in the executable).</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> InvokeAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = CreateRootCommand(console);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Ctrl-C is the executable's (Program): the token passed here is cancelled, and a command completes its
            // files before it returns. System.CommandLine's own handler would end the process after a timeout.
            ProcessTerminationTimeout = null,
            // A file that cannot be read or written is reported in one line below, not as a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        int code;
        try
        {
            code = await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"error: a file could not be read or written: {e.Message}").ConfigureAwait(false);
            code = FileError;
        }

        await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await console.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        return parse.Errors.Count > 0 ? UsageError : code;
    }

    /// <summary>Creates the root command with every subcommand.</summary>
    /// <param name="console">The standard streams the commands use.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(
            "Evaluates autoimmune-disease treatment resistance: an explained verdict per patient (research tool, not a medical device).")
        {
            EvaluateCommand.Create(console),
            ValidateCommand.Create(console),
            ScoreCommand.Create(console),
            SchemaCommand.Create(console),
            CatalogCommand.Create(console),
            GenerateCommand.Create(console),
        };
        return root;
    }
}
