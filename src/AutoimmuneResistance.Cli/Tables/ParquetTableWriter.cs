using Parquet;
using Parquet.Schema;

namespace AutoimmuneResistance.Cli.Tables;

/// <summary>
/// Writes a table as Parquet with Parquet.Net: one column per <see cref="Column"/> (text as UTF-8 strings, integers as
/// INT32/INT64, dates as DATE), buffered into row groups of <see cref="RowGroupSize"/> rows. Completing writes the last
/// row group and the footer, so a run stopped early still leaves a file every Parquet reader opens.
/// </summary>
internal sealed class ParquetTableWriter : ITableWriter
{
    /// <summary>The rows of one row group: large enough for columnar compression, small enough to bound memory.</summary>
    public const int RowGroupSize = 10_000;

    private readonly Stream _output;
    private readonly TableShape _table;
    private readonly DataField[] _fields;
    private readonly List<object?[]> _rows = new(RowGroupSize);
    private ParquetWriter? _writer;

    public ParquetTableWriter(Stream output, TableShape table)
    {
        _output = output;
        _table = table;
        _fields = [.. table.Columns.Select(Field)];
    }

    public async ValueTask AddAsync(object?[] row)
    {
        _rows.Add(row);
        if (_rows.Count >= RowGroupSize)
        {
            await FlushRowGroupAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync()
    {
        // An empty table still gets its schema, so readers see the columns.
        if (_rows.Count > 0 || _writer is null)
        {
            await FlushRowGroupAsync().ConfigureAwait(false);
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }

        await _output.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static DataField Field(Column column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Int64 => column.Nullable ? new DataField<long?>(column.Name) : new DataField<long>(column.Name),
        ColumnType.Int32 => column.Nullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
        ColumnType.Date => column.Nullable ? new DataField<DateOnly?>(column.Name) : new DataField<DateOnly>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };

    private async Task FlushRowGroupAsync()
    {
        _writer ??= await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _output).ConfigureAwait(false);
        using (var group = _writer.CreateRowGroup())
        {
            for (var c = 0; c < _fields.Length; c++)
            {
                var field = _fields[c];
                var column = _table.Columns[c];
                switch (column.Type)
                {
                    case ColumnType.Text:
                        await group.WriteAsync(field, _rows.Select(r => (string?)r[c]).ToArray()!).ConfigureAwait(false);
                        break;
                    case ColumnType.Int64 when column.Nullable:
                        await group.WriteAsync<long>(field, _rows.Select(r => (long?)r[c]).ToArray()).ConfigureAwait(false);
                        break;
                    case ColumnType.Int64:
                        await group.WriteAsync<long>(field, _rows.Select(r => (long)r[c]!).ToArray()).ConfigureAwait(false);
                        break;
                    case ColumnType.Int32 when column.Nullable:
                        await group.WriteAsync<int>(field, _rows.Select(r => (int?)r[c]).ToArray()).ConfigureAwait(false);
                        break;
                    case ColumnType.Int32:
                        await group.WriteAsync<int>(field, _rows.Select(r => (int)r[c]!).ToArray()).ConfigureAwait(false);
                        break;
                    case ColumnType.Date when column.Nullable:
                        await group.WriteAsync<DateOnly>(field, _rows.Select(r => (DateOnly?)r[c]).ToArray()).ConfigureAwait(false);
                        break;
                    default:
                        await group.WriteAsync<DateOnly>(field, _rows.Select(r => (DateOnly)r[c]!).ToArray()).ConfigureAwait(false);
                        break;
                }
            }

            group.CompleteValidate();
        }

        _rows.Clear();
    }
}
