using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>One date of an <see cref="EvidenceTimeline"/>: what was observed, and whether the rule's condition held.</summary>
/// <remarks>
/// <c>default</c> is a point on 0001-01-01 with nothing observed and the condition unknown; the library never writes
/// one. Serialized as an object with <c>on</c>, <c>observed</c>, <c>met</c> and <c>fact</c> (nulls omitted).
/// </remarks>
/// <param name="On">The date (a visit, a measurement).</param>
/// <param name="Observed">The value compared with the timeline's limit; <see langword="null"/> when the condition is not a single number (the finding's summary says what it checks).</param>
/// <param name="Met">Whether the rule's condition held on that date; <see langword="null"/> when a datum was missing.</param>
/// <param name="Fact">The JSON path of the profile entry read on that date (for example <c>$.assessments[3]</c>).</param>
[DebuggerDisplay("{On}: {Observed} {Met}")]
public readonly record struct TimelinePoint(DateOnly On, decimal? Observed, bool? Met, string? Fact);
