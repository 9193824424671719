namespace AutoimmuneResistance.Cli.Tables;

/// <summary>Writes rows of one <see cref="TableShape"/>; completing it leaves a valid file however many rows it got.</summary>
internal interface ITableWriter : IAsyncDisposable
{
    /// <summary>Adds a row, as wide as the table.</summary>
    /// <param name="row">The cells: <see cref="string"/>, <see cref="long"/>, <see cref="int"/>, <see cref="DateOnly"/> or <see langword="null"/>.</param>
    /// <returns>A task that completes when the row is accepted (it may be buffered).</returns>
    ValueTask AddAsync(object?[] row);

    /// <summary>Writes what is buffered and ends the file (a Parquet footer), then flushes.</summary>
    /// <returns>A task that completes when the file is complete.</returns>
    ValueTask CompleteAsync();
}
