using System.CommandLine;
using System.Globalization;
using AutoimmuneResistance.Cli.Reports;
using AutoimmuneResistance.Cli.Running;
using AutoimmuneResistance.Cli.Tables;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>
/// <c>evaluate &lt;input&gt;</c>: a JSON Lines cohort, a single profile document or standard input, evaluated into the
/// verdict contract's JSON Lines results file, or a flat CSV or Parquet table; counts on standard error.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>How many failed records are listed on standard error; the rest are counted (every one is in the output).</summary>
    public const int ListedFailures = 20;

    public static Command Create(CliConsole console)
    {
        var input = Shared.Input("A JSON Lines cohort of patient profiles, or one profile document");
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: the verdict contract's results file (header line + one record per patient); csv or parquet: a flat table, one row per patient x therapy verdict (docs/cli.md).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = Shared.Output();
        var definitions = Shared.Definitions();
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many records to evaluate at once (1 to 512).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        parallel.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 512)
            {
                result.AddError($"--parallel must be from 1 to 512, not {value}.");
            }
        });
        var findings = new Option<bool>("--findings") { Description = "csv and parquet: one row per finding instead of one per therapy verdict." };
        var includeValues = Shared.IncludeValues();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Evaluate as of this date (yyyy-MM-dd) instead of each profile's latest data.",
            HelpName = "DATE",
        };
        asOf.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-of must be a date like 2025-06-30, not '{text}'.");
            }
        });

        var report = new Option<string?>("--report")
        {
            Description = "Also write a self-contained HTML report (counts, charts, a patient table, explained verdicts) to this file.",
            HelpName = "PATH.html",
        };
        report.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() == "-")
            {
                result.AddError("--report needs a file path; standard output carries the results.");
            }
        });
        var reportPatients = new Option<int>("--report-patients")
        {
            Description = $"How many patients get an explained verdict in the report, the first in input order (the table lists every record). Default {HtmlReportOptions.DefaultDetailedPatients}.",
            DefaultValueFactory = _ => HtmlReportOptions.DefaultDetailedPatients,
            HelpName = "N",
        };
        reportPatients.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--report-patients must be 0 or more.");
            }
        });

        var command = new Command("evaluate", "Evaluate a cohort (or one profile) into verdicts: JSON Lines, CSV or Parquet, and optionally an HTML report.")
        {
            input, format, output, definitions, parallel, findings, includeValues, asOf, report, reportPatients,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            new Request(
                parse.GetRequiredValue(input),
                parse.GetValue(format) ?? "jsonl",
                parse.GetValue(output),
                parse.GetValue(definitions) ?? [],
                parse.GetValue(parallel),
                parse.GetValue(findings),
                parse.GetValue(includeValues),
                parse.GetValue(asOf) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null)
            {
                Report = parse.GetValue(report),
                ReportPatients = parse.GetValue(reportPatients),
            },
            cancellationToken));
        return command;
    }

    /// <summary>What <c>evaluate</c> was asked to do.</summary>
    internal sealed record Request(string Input, string Format, string? Output, IReadOnlyList<string> Definitions, int Parallel, bool Findings, bool IncludeValues, DateOnly? AsOf)
    {
        /// <summary>Gets the path of the HTML report, if one is asked for.</summary>
        public string? Report { get; init; }

        /// <summary>Gets how many patients get an explained verdict in the report.</summary>
        public int ReportPatients { get; init; } = HtmlReportOptions.DefaultDetailedPatients;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="console">The console.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Stops the run cleanly.</param>
    /// <returns>The exit code.</returns>
    internal static async Task<int> RunAsync(CliConsole console, Request request, CancellationToken cancellationToken)
    {
        var error = console.Error;
        if (request.Findings && request.Format == "jsonl")
        {
            await error.WriteLineAsync("error: --findings applies to --format csv and parquet; a JSON Lines results file always holds the findings.").ConfigureAwait(false);
            return CommandLine.UsageError;
        }

        if (request.Report is { } reportPath && request.Output is { } outputPath && Path.GetFullPath(reportPath) == Path.GetFullPath(outputPath))
        {
            await error.WriteLineAsync("error: --report and --output name the same file.").ConfigureAwait(false);
            return CommandLine.UsageError;
        }

        if (!Shared.InputExists(request.Input, error) || Shared.BuildPipeline(request.Definitions, request.IncludeValues, error) is not { } pipeline)
        {
            return CommandLine.UsageError;
        }

        var options = new CohortOptions
        {
            MaxDegreeOfParallelism = request.Parallel,
            Evaluation = request.AsOf is { } asOf ? new EvaluationOptions { AsOf = asOf } : EvaluationOptions.Default,
        };
        await using var source = await InputSource.OpenAsync(request.Input, console).ConfigureAwait(false);
        await using var target = OutputTarget.Open(request.Output, console, seekable: request.Format == "parquet");
        var table = request.Findings ? ResultTables.Findings : ResultTables.Verdicts;
        await using var sink = CreateSink(request.Format, pipeline, target.Stream, table);
        await using var reportTarget = request.Report is { } path ? OutputTarget.Open(path, console, seekable: false) : null;
        await using var report = reportTarget is null ? null : new HtmlReportSink(pipeline, reportTarget.Stream, new HtmlReportOptions
        {
            InputName = request.Input == "-" ? "standard input" : Path.GetFileName(request.Input),
            DetailedPatients = request.ReportPatients,
            Cancelled = () => cancellationToken.IsCancellationRequested,
        });
        IOutcomeSink[] sinks = report is null ? [sink] : [sink, report];

        var failures = new List<string>();
        var counts = await ProgressDisplay.RunAsync(console, "evaluate", report => CohortRun.RunAsync(
            pipeline,
            source.JsonLines,
            options,
            sinks,
            (outcome, read) =>
            {
                if (!outcome.IsSuccess && failures.Count < ListedFailures)
                {
                    failures.AddRange(Shared.DescribeFailure(outcome).Take(ListedFailures - failures.Count));
                }

                report(new ProgressState(read, source.Length is null ? read : source.BytesRead, source.Length));
            },
            cancellationToken)).ConfigureAwait(false);
        await target.CommitAsync().ConfigureAwait(false);
        if (reportTarget is not null)
        {
            await reportTarget.CommitAsync().ConfigureAwait(false);
        }

        foreach (var failure in failures)
        {
            await error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        await error.WriteLineAsync(CountsLine(counts)).ConfigureAwait(false);
        if (report is not null)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"report: {reportTarget!.Name} ({report.Detailed:N0} explained verdicts of {counts.Evaluated:N0} evaluated patients)")).ConfigureAwait(false);
        }
        if (counts.Failed > 0)
        {
            var listed = counts.Failed > failures.Count ? $" (the first {failures.Count} errors are listed above)" : string.Empty;
            await error.WriteLineAsync(
                $"{counts.Failed:N0} of {counts.Read:N0} records failed and were not evaluated{listed}; each is an error record in {target.Name} " +
                (request.Format == "jsonl" ? "(\"errors\" with the line and path)." : "(record_status = error, with the line, code, path and message).")).ConfigureAwait(false);
        }

        if (counts.Cancelled)
        {
            await error.WriteLineAsync($"cancelled: {target.Name} holds the {counts.Read:N0} records read before the stop, and is complete.").ConfigureAwait(false);
            return CommandLine.Cancelled;
        }

        return counts.Failed > 0 ? CommandLine.RecordsFailed : CommandLine.Success;
    }

    /// <summary>Formats the closing counts line; read = evaluated + errors always holds.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>For example <c>evaluate: read 300, evaluated 291, errors 9</c>.</returns>
    public static string CountsLine(RunCounts counts) =>
        string.Create(CultureInfo.InvariantCulture, $"evaluate: read {counts.Read}, evaluated {counts.Evaluated}, errors {counts.Failed}");

    /// <summary>Creates the sink for a format.</summary>
    /// <param name="format">jsonl, csv or parquet.</param>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="output">The output stream.</param>
    /// <param name="table">The table for csv and parquet.</param>
    /// <returns>The sink.</returns>
    internal static IOutcomeSink CreateSink(string format, ResistancePipeline pipeline, Stream output, TableShape table) => format switch
    {
        "jsonl" => new JsonLinesSink(pipeline, output),
        "csv" => new TableSink(new CsvTableWriter(output, table), table, new ContractText(pipeline.Json.Options)),
        "parquet" => new TableSink(new ParquetTableWriter(output, table), table, new ContractText(pipeline.Json.Options)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };
}
