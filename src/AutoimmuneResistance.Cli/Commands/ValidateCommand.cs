using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AutoimmuneResistance.Cli.Running;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>
/// <c>validate &lt;input&gt;</c>: every record of a cohort (or one profile) read and checked against the contract and the
/// modules' rules, with each diagnostic path-qualified; exit code 1 when any record has an error.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var input = Shared.Input("A JSON Lines cohort of patient profiles, or one profile document");
        var json = new Option<bool>("--json")
        {
            Description = "Write one JSON object per record with problems (index, line, subject, diagnostics) instead of text lines.",
        };
        var warnings = new Option<bool>("--warnings") { Description = "Also report warnings of records that are valid." };
        var definitions = Shared.Definitions();
        var includeValues = Shared.IncludeValues();
        var command = new Command("validate", "Check profiles and list every problem with its line, code and JSON path (exit code 1 on errors).")
        {
            input, json, warnings, definitions, includeValues,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            parse.GetRequiredValue(input),
            parse.GetValue(json),
            parse.GetValue(warnings),
            parse.GetValue(definitions) ?? [],
            parse.GetValue(includeValues),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string path, bool json, bool warnings, string[] definitions, bool includeValues, CancellationToken cancellationToken)
    {
        if (!Shared.InputExists(path, console.Error) || Shared.BuildPipeline(definitions, includeValues, console.Error) is not { } pipeline)
        {
            return CommandLine.UsageError;
        }

        await using var source = await InputSource.OpenAsync(path, console).ConfigureAwait(false);
        await using var sink = new ValidationSink(console, json, warnings);
        var counts = await ProgressDisplay.RunAsync(console, "validate", report => CohortRun.RunAsync(
            pipeline,
            source.JsonLines,
            CohortOptions.Default,
            [sink],
            (_, read) => report(new ProgressState(read, source.Length is null ? read : source.BytesRead, source.Length)),
            cancellationToken)).ConfigureAwait(false);

        await console.Error.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"validate: read {counts.Read}, valid {counts.Evaluated}, errors {counts.Failed}, warnings {sink.Warnings}")).ConfigureAwait(false);
        if (counts.Failed > 0)
        {
            await console.Error.WriteLineAsync($"{counts.Failed:N0} of {counts.Read:N0} records have errors and would not be evaluated.").ConfigureAwait(false);
        }

        return counts.Cancelled ? CommandLine.Cancelled : counts.Failed > 0 ? CommandLine.RecordsFailed : CommandLine.Success;
    }

    // Reports each record with problems as it arrives, in input order.
    private sealed class ValidationSink(CliConsole console, bool json, bool includeWarnings) : IOutcomeSink
    {
        public long Warnings { get; private set; }

        public async ValueTask WriteAsync(CohortOutcome outcome)
        {
            var diagnostics = outcome.Assessment is { } assessment
                ? [.. assessment.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information)]
                : outcome.Errors;
            Warnings += diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            if (diagnostics.IsEmpty || (outcome.IsSuccess && !includeWarnings && diagnostics.All(d => d.Severity != DiagnosticSeverity.Error)))
            {
                return;
            }

            if (json)
            {
                await WriteJsonAsync(outcome, diagnostics).ConfigureAwait(false);
                return;
            }

            var where = outcome.Line is { } line ? $"line {line}" : $"record {outcome.Index + 1}";
            var subject = outcome.Subject is { } s ? $" (subject {s.Value})" : string.Empty;
            foreach (var d in diagnostics)
            {
                var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                var value = d.Value is { } v ? $" [value: {v}]" : string.Empty;
                await console.Out.WriteLineAsync($"{where}{subject}: {severity} {d.Code} at {d.Path ?? "$"}: {d.Message}{value}").ConfigureAwait(false);
            }
        }

        public ValueTask CompleteAsync() => new(console.StandardOutput.FlushAsync());

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private async Task WriteJsonAsync(CohortOutcome outcome, System.Collections.Immutable.ImmutableArray<EvaluationDiagnostic> diagnostics)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", outcome.Index);
                if (outcome.Line is { } line)
                {
                    writer.WriteNumber("line", line);
                }

                if (outcome.Subject is { } subject)
                {
                    writer.WriteString("subject", subject.Value);
                }

                writer.WriteBoolean("valid", outcome.IsSuccess);
                writer.WriteStartArray("diagnostics");
                foreach (var d in diagnostics)
                {
                    JsonOut.WriteDiagnostic(writer, d);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            await console.StandardOutput.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).ConfigureAwait(false);
        }
    }
}
