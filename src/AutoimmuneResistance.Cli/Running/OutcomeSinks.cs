using System.Threading.Channels;
using AutoimmuneResistance.Cli.Tables;

namespace AutoimmuneResistance.Cli.Running;

/// <summary>
/// Receives every outcome of a cohort run, in input order. A run writes to any number of sinks (today one output
/// format; later, for example, an HTML report beside it), and completes each at the end, cancelled runs included.
/// </summary>
internal interface IOutcomeSink : IAsyncDisposable
{
    /// <summary>Takes the next outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>A task that completes when the outcome is accepted.</returns>
    ValueTask WriteAsync(CohortOutcome outcome);

    /// <summary>Ends the output, leaving it valid.</summary>
    /// <returns>A task that completes when the output is complete.</returns>
    ValueTask CompleteAsync();
}

/// <summary>
/// The verdict contract's record format: the library's own results-file writer
/// (<see cref="ResistancePipeline.WriteJsonLinesAsync(IAsyncEnumerable{CohortOutcome}, Stream, CancellationToken)"/>),
/// fed through a bounded channel, so the file is byte for byte what the library writes.
/// </summary>
internal sealed class JsonLinesSink : IOutcomeSink
{
    private readonly Channel<CohortOutcome> _channel = Channel.CreateBounded<CohortOutcome>(new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true });
    private readonly Task _writer;

    public JsonLinesSink(ResistancePipeline pipeline, Stream output)
    {
        // No cancellation token for the writer: a cancelled run completes the channel instead, so the header and every
        // record accepted so far are written and flushed.
        _writer = pipeline.WriteJsonLinesAsync(_channel.Reader.ReadAllAsync(), output, CancellationToken.None);
    }

    public async ValueTask WriteAsync(CohortOutcome outcome)
    {
        while (!_channel.Writer.TryWrite(outcome))
        {
            if (_writer.IsCompleted)
            {
                await _writer.ConfigureAwait(false); // surfaces the writer's exception (a full disk)
                throw new InvalidOperationException("The results writer stopped early.");
            }

            await Task.WhenAny(_channel.Writer.WaitToWriteAsync().AsTask(), _writer).ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync()
    {
        _channel.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}

/// <summary>A flat table (CSV or Parquet) of the verdicts or the findings.</summary>
internal sealed class TableSink(ITableWriter writer, TableShape table, ContractText text) : IOutcomeSink
{
    public async ValueTask WriteAsync(CohortOutcome outcome)
    {
        foreach (var row in ResultTables.Rows(table, outcome, text))
        {
            await writer.AddAsync(row).ConfigureAwait(false);
        }
    }

    public ValueTask CompleteAsync() => writer.CompleteAsync();

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
