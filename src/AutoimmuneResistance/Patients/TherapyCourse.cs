using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// One continuous course of a therapy: what was given, how, from when to when, and why it stopped. Resistance is
/// judged per course (was the trial adequate, was it taken, did activity fall, did response fade).
/// </summary>
[DebuggerDisplay("{Therapy} {Start} to {End}")]
public sealed record TherapyCourse
{
    /// <summary>Gets the therapy (usually a key of the <see cref="TherapyCatalog"/>).</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the therapy class; validation warns when it disagrees with the catalog.</summary>
    public required TherapyClass Class { get; init; }

    /// <summary>Gets the therapy's code as recorded (ATC or RxNorm, for example).</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public ClinicalCode? Code { get; init; }

    /// <summary>Gets the route of administration.</summary>
    /// <value>
    /// <see langword="null"/> when not recorded. Evaluators that depend on the route (only systemic glucocorticoid
    /// routes count towards prednisone-equivalent exposure) say so in their findings when it is missing.
    /// </value>
    public Route? Route { get; init; }

    /// <summary>Gets the regimen at the start of the course.</summary>
    /// <value><see langword="null"/> when not recorded (procedures such as a transplant have none).</value>
    public DoseRegimen? Regimen { get; init; }

    /// <summary>Gets later changes of regimen (tapers, escalations), each in force from its date.</summary>
    public ImmutableArray<DoseChange> DoseChanges { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the doses given and recorded by the care team (infusions, injections in clinic), in any order.</summary>
    /// <value>Empty when none are recorded, as for a drug the patient takes at home.</value>
    public ImmutableArray<Administration> Administered { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the first day of the course.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Gets the last day of the course.</summary>
    /// <value><see langword="null"/> while the course is ongoing.</value>
    public DateOnly? End { get; init; }

    /// <summary>
    /// Gets what the course was given for: a disease module's id (<c>sle</c>, <c>ssc</c>) or any other disease id, such as
    /// <c>transplant.kidney</c>. Evaluators use it where a recommendation's evidence comes from one indication and is only
    /// extrapolated to another (CPIC's tacrolimus guidance is from transplantation, so its use in lupus is extrapolated).
    /// </summary>
    /// <value>
    /// <see langword="null"/> when not recorded; evaluators then assume the course treats the disease of the module
    /// reading it. Not checked against the registered modules, because a course may treat something no module covers.
    /// </value>
    public DiseaseId? Indication { get; init; }

    /// <summary>Gets why the course stopped.</summary>
    /// <value><see langword="null"/> while ongoing or when not recorded.</value>
    public StopReason? StopReason { get; init; }

    /// <summary>Returns whether the course was running on <paramref name="date"/> (inclusive of start and end).</summary>
    /// <param name="date">The date of interest.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within the course.</returns>
    public bool IsActiveOn(DateOnly date) => date >= Start && (End is null || date <= End);

    /// <summary>Returns the regimen in force on <paramref name="date"/>: the latest dose change on or before it, else the starting regimen.</summary>
    /// <param name="date">The date of interest.</param>
    /// <returns>The regimen, or <see langword="null"/> when the course was not active then or no regimen is recorded.</returns>
    public DoseRegimen? RegimenOn(DateOnly date)
    {
        if (!IsActiveOn(date))
        {
            return null;
        }

        var regimen = Regimen;
        var from = DateOnly.MinValue;
        foreach (var change in DoseChanges)
        {
            if (change.On <= date && change.On >= from)
            {
                regimen = change.Regimen;
                from = change.On;
            }
        }

        return regimen;
    }

    /// <summary>Returns the course's length in days from <see cref="Start"/> to <see cref="End"/> (or to <paramref name="asOf"/> while ongoing), inclusive.</summary>
    /// <param name="asOf">The date used as the end of an ongoing course.</param>
    /// <returns>The number of days, at least zero.</returns>
    public int DurationDays(DateOnly asOf)
    {
        var end = End is { } e && e < asOf ? e : asOf;
        return Math.Max(0, end.DayNumber - Start.DayNumber + 1);
    }
}
