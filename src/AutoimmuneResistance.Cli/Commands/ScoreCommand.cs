using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AutoimmuneResistance.Cli.Tables;

namespace AutoimmuneResistance.Cli.Commands;

/// <summary>
/// <c>score &lt;instrument-id&gt; &lt;input&gt;</c>: any instrument of any module, JSON in and JSON out (one document, or JSON
/// Lines); or CSV in, one row per input, for instruments whose input is flat. The columns are the input's properties
/// (camelCase or snake_case; a list takes <c>|</c>- or <c>;</c>-separated values); an instrument whose input lists the
/// items <c>present</c> (and <c>otherCause</c>), such as SLEDAI-2K, also takes one column per item.
/// </summary>
internal static class ScoreCommand
{
    private static readonly string[] Present = ["1", "true", "yes", "y", "x", "present"];
    private static readonly string[] OtherCause = ["other-cause", "other_cause", "othercause", "oc"];
    private static readonly string[] Absent = ["", "0", "false", "no", "n", "absent"];

    public static Command Create(CliConsole console)
    {
        var instrument = new Argument<string>("instrument-id") { Description = "The instrument, for example sle.sledai-2k (see: catalog instruments)." };
        var input = Shared.Input("The instrument's input: a JSON document, JSON Lines (one input per line), or CSV (one row per input)");
        var inputFormat = new Option<string?>("--input-format")
        {
            Description = "json or csv; by default from the file extension (.csv), else from the first character ({ is JSON).",
        };
        inputFormat.AcceptOnlyFromAmong("json", "csv");
        var output = Shared.Output();
        var definitions = Shared.Definitions();
        var includeValues = Shared.IncludeValues();
        var command = new Command("score", "Compute an instrument (a score, a classification, a target) from its input: JSON in, JSON out; or CSV rows in, JSON Lines out.")
        {
            instrument, input, inputFormat, output, definitions, includeValues,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            parse.GetRequiredValue(instrument),
            parse.GetRequiredValue(input),
            parse.GetValue(inputFormat),
            parse.GetValue(output),
            parse.GetValue(definitions) ?? [],
            parse.GetValue(includeValues),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string id, string path, string? inputFormat, string? outputPath, string[] definitions, bool includeValues, CancellationToken cancellationToken)
    {
        var error = console.Error;
        if (!Shared.InputExists(path, error) || Shared.BuildPipeline(definitions, includeValues, error) is not { } pipeline)
        {
            return CommandLine.UsageError;
        }

        if (!InstrumentId.TryParse(id, out var instrumentId) || !pipeline.TryGetInstrument(instrumentId, out var instrument))
        {
            await error.WriteLineAsync($"error: unknown instrument '{id}'; registered instruments: {string.Join(", ", pipeline.Instruments.Select(i => i.Id.Value))}").ConfigureAwait(false);
            return CommandLine.UsageError;
        }

        byte[] bytes;
        await using (var stream = path == "-" ? console.OpenStandardInput() : File.OpenRead(path))
        {
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
            bytes = memory.ToArray();
        }

        var csv = inputFormat == "csv" || (inputFormat is null && (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || FirstByte(bytes) is not ((byte)'{' or (byte)'[' or 0)));
        await using var target = Running.OutputTarget.Open(outputPath, console, seekable: false);
        int code;
        if (csv)
        {
            var rows = CsvRows(bytes, pipeline.Json.Options.GetTypeInfo(instrument.InputType), out var problem);
            if (problem is not null)
            {
                await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return CommandLine.UsageError;
            }

            code = await ScoreManyAsync(pipeline, instrumentId, rows!, "line", target.Stream, error).ConfigureAwait(false);
        }
        else if (IsSingleDocument(bytes))
        {
            var computation = pipeline.ComputeInstrument(instrumentId, bytes);
            if (computation.ResultJson is { } result)
            {
                await target.Stream.WriteAsync(result, CancellationToken.None).ConfigureAwait(false);
                target.Stream.WriteByte((byte)'\n');
            }

            foreach (var d in computation.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information))
            {
                await error.WriteLineAsync($"{(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {d.Code} at {d.Path ?? "$"}: {d.Message}{(d.Value is { } v ? $" [value: {v}]" : string.Empty)}").ConfigureAwait(false);
            }

            code = computation.HasErrors ? CommandLine.RecordsFailed : CommandLine.Success;
        }
        else
        {
            code = await ScoreManyAsync(pipeline, instrumentId, JsonLines(bytes), "line", target.Stream, error).ConfigureAwait(false);
        }

        await target.CommitAsync().ConfigureAwait(false);
        return code;
    }

    // Scores several inputs into JSON Lines: {"line": n, "result": {...}} or {"line": n, "errors": [...]}.
    private static async Task<int> ScoreManyAsync(ResistancePipeline pipeline, InstrumentId id, IEnumerable<(long Line, byte[]? Json, string? Problem)> inputs, string position, Stream output, TextWriter error)
    {
        long read = 0, scored = 0, failed = 0;
        foreach (var (line, json, problem) in inputs)
        {
            read++;
            var computation = json is null ? null : pipeline.ComputeInstrument(id, json);
            var ok = computation is { HasErrors: false };
            scored += ok ? 1 : 0;
            failed += ok ? 0 : 1;
            await JsonOut.WriteLineAsync(output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber(position, line);
                if (ok)
                {
                    writer.WritePropertyName("result");
                    writer.WriteRawValue(computation!.ResultJson!.Value.Span, skipInputValidation: true);
                }

                var diagnostics = computation?.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Information).ToList() ?? [];
                if (!ok || diagnostics.Count > 0)
                {
                    writer.WriteStartArray(ok ? "diagnostics" : "errors");
                    if (problem is not null)
                    {
                        // A CSV row that could not be turned into an input: the tool's own problem, not a library code.
                        writer.WriteStartObject();
                        writer.WriteString("severity", "error");
                        writer.WriteString("code", "csv-row");
                        writer.WriteString("message", problem);
                        writer.WriteEndObject();
                    }

                    foreach (var d in diagnostics)
                    {
                        JsonOut.WriteDiagnostic(writer, d);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }).ConfigureAwait(false);
            if (!ok && failed <= 20)
            {
                var first = computation?.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                await error.WriteLineAsync($"error: {position} {line}: {(first is null ? problem : $"{first.Code} at {first.Path ?? "$"}: {first.Message}")}").ConfigureAwait(false);
            }
        }

        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"score: read {read}, scored {scored}, errors {failed}")).ConfigureAwait(false);
        return failed > 0 ? CommandLine.RecordsFailed : CommandLine.Success;
    }

    private static byte FirstByte(byte[] bytes)
    {
        var text = bytes.AsSpan().TrimStart(" \t\r\n"u8);
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..].TrimStart(" \t\r\n"u8);
        }

        return text.IsEmpty ? (byte)0 : text[0];
    }

    private static bool IsSingleDocument(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));
        if (lines <= 1)
        {
            return true;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan().TrimStart("\uFEFF"u8), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            reader.Read();
            reader.Skip();
            return !reader.Read(); // nothing after the first value
        }
        catch (JsonException)
        {
            return false; // several values, one per line: JSON Lines
        }
    }

    private static IEnumerable<(long Line, byte[]? Json, string? Problem)> JsonLines(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                yield return (i + 1, Encoding.UTF8.GetBytes(lines[i].TrimEnd('\r')), null);
            }
        }
    }

    // CSV rows as JSON inputs, by the input type's serializer metadata (no reflection).
    internal static List<(long Line, byte[]? Json, string? Problem)>? CsvRows(byte[] bytes, JsonTypeInfo input, out string? problem)
    {
        problem = null;
        var records = CsvReader.Read(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))).ToList();
        if (records.Count == 0)
        {
            problem = "the CSV input has no header row.";
            return null;
        }

        var properties = input.Properties.ToDictionary(p => Normalize(p.Name), p => p);
        var hasItems = properties.ContainsKey("present");
        var columns = new List<(JsonPropertyInfo? Property, string? Item)>();
        foreach (var name in records[0].Fields)
        {
            if (properties.TryGetValue(Normalize(name), out var property))
            {
                var kind = input.Options.GetTypeInfo(property.PropertyType).Kind;
                if (kind is JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary)
                {
                    problem = $"column '{name}': the input property '{property.Name}' is an object, so this instrument's input is not flat; give it as JSON.";
                    return null;
                }

                columns.Add((property, null));
            }
            else if (hasItems)
            {
                columns.Add((null, name.Trim().ToLowerInvariant().Replace('_', '-')));
            }
            else
            {
                problem = $"column '{name}' is not a property of the instrument's input ({string.Join(", ", input.Properties.Select(p => p.Name))}).";
                return null;
            }
        }

        var rows = new List<(long, byte[]?, string?)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            rows.Add(RowJson(line, fields, columns, input.Options));
        }

        return rows;
    }

    private static (long, byte[]?, string?) RowJson(long line, string[] fields, List<(JsonPropertyInfo? Property, string? Item)> columns, JsonSerializerOptions options)
    {
        if (fields.Length != columns.Count)
        {
            return (line, null, $"the row has {fields.Length} fields and the header {columns.Count}.");
        }

        var present = new List<string>();
        var otherCause = new List<string>();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = fields[i].Trim();
                if (columns[i].Item is { } item)
                {
                    var value = cell.ToLowerInvariant();
                    if (Present.Contains(value))
                    {
                        present.Add(item);
                    }
                    else if (OtherCause.Contains(value))
                    {
                        otherCause.Add(item);
                    }
                    else if (!Absent.Contains(value))
                    {
                        return (line, null, $"column '{item}': '{cell}' is not 1 (present), other-cause or 0 (absent).");
                    }

                    continue;
                }

                if (cell.Length == 0)
                {
                    continue;
                }

                var property = columns[i].Property!;
                writer.WritePropertyName(property.Name);
                var info = options.GetTypeInfo(property.PropertyType);
                if (info.Kind == JsonTypeInfoKind.Enumerable)
                {
                    writer.WriteStartArray();
                    foreach (var element in cell.Split('|', ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        WriteScalar(writer, element, info.ElementType!);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    WriteScalar(writer, cell, property.PropertyType);
                }
            }

            if (present.Count > 0 || otherCause.Count > 0)
            {
                writer.WriteStartArray("present");
                present.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                if (otherCause.Count > 0)
                {
                    writer.WriteStartArray("otherCause");
                    otherCause.ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                }
            }

            writer.WriteEndObject();
        }

        return (line, buffer.ToArray(), null);
    }

    // A number or a boolean goes in as one when it reads as one; anything else as a string, for the instrument's own
    // reader to accept or reject with a path-qualified diagnostic.
    private static void WriteScalar(Utf8JsonWriter writer, string cell, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if ((type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(short) || type == typeof(float))
            && decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else if (type == typeof(bool) && bool.TryParse(cell, out var flag))
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteStringValue(cell);
        }
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
