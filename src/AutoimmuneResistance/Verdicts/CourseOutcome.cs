using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>One course or cycle of a therapy and how it went, as part of a <see cref="TherapyVerdict"/>.</summary>
[DebuggerDisplay("{Course} {Start}: {Outcome}")]
public sealed record CourseOutcome
{
    /// <summary>Gets the JSON path of the course in the profile, for example <c>$.therapies[2]</c>.</summary>
    public required string Course { get; init; }

    /// <summary>Gets the day the course started.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the last day of the course.</summary>
    /// <value><see langword="null"/> while it runs.</value>
    public DateOnly? End { get; init; }

    /// <summary>Gets how the course went, judged on its own.</summary>
    public required TherapyOutcome Outcome { get; init; }

    /// <summary>Gets the id of the finding that judged the course (<see cref="Finding.Id"/>).</summary>
    /// <value><see langword="null"/> when no finding judged it on its own.</value>
    public string? Finding { get; init; }
}
