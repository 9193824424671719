namespace AutoimmuneResistance;

/// <summary>The counts of a cohort run that wrote a results file: every record read is either evaluated or failed.</summary>
/// <param name="Read">The records read (blank lines are not records).</param>
/// <param name="Evaluated">The records that yielded an assessment.</param>
/// <param name="Failed">The records that yielded errors instead (unreadable, invalid, too large).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource<CohortRunSummary>))]
public sealed record CohortRunSummary(long Read, long Evaluated, long Failed);
