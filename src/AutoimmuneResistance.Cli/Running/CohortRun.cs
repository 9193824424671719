namespace AutoimmuneResistance.Cli.Running;

/// <summary>The counts of a run: every record read was evaluated or failed, so read = evaluated + failed.</summary>
/// <param name="Read">Records read.</param>
/// <param name="Evaluated">Records evaluated.</param>
/// <param name="Failed">Records that became error rows.</param>
/// <param name="Cancelled">Whether the run was stopped before the end of its input.</param>
internal sealed record RunCounts(long Read, long Evaluated, long Failed, bool Cancelled);

/// <summary>
/// Streams a JSON Lines cohort through the pipeline (bounded parallelism, input order) into sinks. Cancellation stops
/// reading and evaluating; the outcomes already received are still written and every sink is completed, so each file
/// is valid and its records agree with the counts.
/// </summary>
internal static class CohortRun
{
    /// <summary>Runs the cohort.</summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="jsonLines">The cohort.</param>
    /// <param name="options">Cohort options.</param>
    /// <param name="sinks">Where outcomes go.</param>
    /// <param name="observe">Called after each outcome is written (progress, failure listing).</param>
    /// <param name="cancellationToken">Stops the run cleanly.</param>
    /// <returns>The counts.</returns>
    public static async Task<RunCounts> RunAsync(
        ResistancePipeline pipeline,
        Stream jsonLines,
        CohortOptions options,
        IReadOnlyList<IOutcomeSink> sinks,
        Action<CohortOutcome, long>? observe,
        CancellationToken cancellationToken)
    {
        long read = 0, evaluated = 0, failed = 0;
        var cancelled = false;
        var outcomes = pipeline.EvaluateJsonLinesAsync(jsonLines, options: options, cancellationToken: cancellationToken);
        var enumerator = outcomes.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool next;
                try
                {
                    next = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    cancelled = true;
                    break;
                }

                if (!next)
                {
                    break;
                }

                var outcome = enumerator.Current;
                foreach (var sink in sinks)
                {
                    await sink.WriteAsync(outcome).ConfigureAwait(false);
                }

                read++;
                if (outcome.IsSuccess)
                {
                    evaluated++;
                }
                else
                {
                    failed++;
                }

                observe?.Invoke(outcome, read);
            }
        }
        finally
        {
            try
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The workers were stopped: nothing more to release.
            }
        }

        foreach (var sink in sinks)
        {
            await sink.CompleteAsync().ConfigureAwait(false);
        }

        return new RunCounts(read, evaluated, failed, cancelled);
    }
}
