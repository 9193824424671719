using System.Collections.Immutable;

namespace AutoimmuneResistance.Cli.Tables;

/// <summary>The type of a table column, the same in CSV (as text) and Parquet (as a physical and logical type).</summary>
internal enum ColumnType
{
    /// <summary>UTF-8 text; a Parquet <c>BYTE_ARRAY</c> (<c>STRING</c>).</summary>
    Text,

    /// <summary>A 64-bit integer; Parquet <c>INT64</c>.</summary>
    Int64,

    /// <summary>A 32-bit integer; Parquet <c>INT32</c>.</summary>
    Int32,

    /// <summary>A calendar date, <c>yyyy-MM-dd</c> in CSV; Parquet <c>INT32</c> (<c>DATE</c>).</summary>
    Date,
}

/// <summary>One column of a flat table: its stable name, type, whether it may be empty, and what it means.</summary>
/// <param name="Name">The snake_case name (stable: docs/cli.md lists every column).</param>
/// <param name="Type">The type.</param>
/// <param name="Nullable">Whether a row may leave it empty (null in Parquet, an empty field in CSV).</param>
/// <param name="Meaning">What it holds, and when it is empty.</param>
internal sealed record Column(string Name, ColumnType Type, bool Nullable, string Meaning);

/// <summary>A flat table: its name (the <c>schema</c> command's) and columns, in order.</summary>
/// <param name="Name">The table's name.</param>
/// <param name="Description">One line about what a row is.</param>
/// <param name="Columns">The columns.</param>
internal sealed record TableShape(string Name, string Description, ImmutableArray<Column> Columns)
{
    /// <summary>Gets the position of a column by name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>Its zero-based position.</returns>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"The {Name} table has no column '{name}'.", nameof(name));
    }
}
