using System.Globalization;
using System.Text;

namespace AutoimmuneResistance.Cli.Tables;

/// <summary>
/// Writes a table as RFC 4180 CSV: UTF-8 without a byte-order mark, a header row of the column names, <c>\n</c> line
/// ends, a field quoted when it holds a comma, a quote or a line break (quotes doubled), an empty field for a null,
/// dates as <c>yyyy-MM-dd</c> and numbers in the invariant culture. Each row is written whole, so a file cut short by
/// cancellation still ends on a complete row.
/// </summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new();

    public CsvTableWriter(Stream output, TableShape table)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        _writer.Write(Line(table.Columns.Select(c => (object?)c.Name).ToArray()));
    }

    public ValueTask AddAsync(object?[] row) => new(_writer.WriteAsync(Line(row)));

    private bool _completed;

    public async ValueTask CompleteAsync()
    {
        await _writer.FlushAsync().ConfigureAwait(false);
        _completed = true;
    }

    // After CompleteAsync everything is written and the output may already be committed and closed (a file renamed
    // into place): disposing the writer would flush into the closed stream, so only an uncompleted writer flushes.
    public ValueTask DisposeAsync() => _completed ? ValueTask.CompletedTask : _writer.DisposeAsync();

    /// <summary>Formats one cell as CSV text (unquoted).</summary>
    /// <param name="value">The cell.</param>
    /// <returns>The text; empty for null.</returns>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private string Line(object?[] row)
    {
        _line.Clear();
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            var field = Format(row[i]);
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                _line.Append(field);
            }
        }

        return _line.Append('\n').ToString();
    }
}
