using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>A BILAG-2004 assessment (JSON kind <c>sle.bilag-2004</c>): one grade per organ domain that was assessed.</summary>
public sealed record BilagVisit : InstrumentAssessment
{
    /// <summary>Gets the domain grades; module validation (<see cref="BilagChecks"/>) rejects a null entry, a domain graded twice and an undefined domain or grade.</summary>
    public ImmutableArray<BilagDomainGrade> Domains { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Returns the grade of <paramref name="domain"/>.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns>The grade, or <see langword="null"/> when the domain was not graded.</returns>
    public BilagGrade? GradeOf(BilagDomain domain)
    {
        foreach (var entry in Domains)
        {
            // A null entry (possible only in code; validation rejects it) grades nothing.
            if (entry is not null && entry.Domain == domain)
            {
                return entry.Grade;
            }
        }

        return null;
    }
}

/// <summary>One BILAG-2004 domain and its grade.</summary>
public sealed record BilagDomainGrade
{
    /// <summary>Gets the domain.</summary>
    public required BilagDomain Domain { get; init; }

    /// <summary>Gets the grade.</summary>
    public required BilagGrade Grade { get; init; }
}
