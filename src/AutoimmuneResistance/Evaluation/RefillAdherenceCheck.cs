using System.Globalization;

namespace AutoimmuneResistance;

/// <summary>
/// The refill-based adherence check every module applies to <see cref="PatientProfile.RefillAdherence"/>: a proportion
/// of days covered (PDC) below 80 % reads as non-adherence, at or above it as adherence (Karve S, et al. Curr Med Res
/// Opin 2009;25(9):2303-10, doi:10.1185/03007990903126833). The cut-off was derived in chronic diseases outside
/// rheumatology, so applying it to an autoimmune disease is an extrapolation: grade findings that rest on refills alone
/// as <see cref="EvidenceGrade"/> extrapolated, as the built-in modules do.
/// </summary>
/// <remarks>
/// A cited published value, so it is a constant rather than a definition-set setting. Pure functions, thread-safe.
/// </remarks>
public static class RefillAdherenceCheck
{
    /// <summary>The proportion-of-days-covered cut-off, in percent: 80 (Karve 2009).</summary>
    public const decimal ProportionOfDaysCoveredThreshold = 80m;

    /// <summary>Gets the basis text of a record below the cut-off: "refills covered fewer than 80 % of days".</summary>
    public static string BelowBasis { get; } = string.Create(CultureInfo.InvariantCulture, $"refills covered fewer than {ProportionOfDaysCoveredThreshold:0.##} % of days");

    /// <summary>Gets the basis text of a record at or above the cut-off: "refills covered at least 80 % of days".</summary>
    public static string AtLeastBasis { get; } = string.Create(CultureInfo.InvariantCulture, $"refills covered at least {ProportionOfDaysCoveredThreshold:0.##} % of days");

    /// <summary>Gets the publication of the cut-off (Karve 2009).</summary>
    public static Citation Source { get; } = new(
        "Karve S, Cleves MA, Helm M, Hudson TJ, West DS, Martin BC.", 2009,
        "Good and poor adherence: optimal cut-point for adherence measures using administrative claims data",
        "Curr Med Res Opin 2009;25(9):2303-10", "10.1185/03007990903126833");

    /// <summary>Gets the basis text of a course whose doses the care team gives: "its doses were given in clinic".</summary>
    public static string GivenInClinicBasis => "its doses were given in clinic";

    /// <summary>
    /// Returns whether the care team gives a course's doses, so that the record of the course shows they were taken and
    /// no refill records (or drug levels) are needed: doses recorded as administered, or an intravenous course
    /// (infusions are given in clinic). The library's reading (the verdict contract, docs/verdict.md); a drug taken at
    /// home needs refill records or a drug level instead.
    /// </summary>
    /// <param name="course">The course.</param>
    /// <returns><see langword="true"/> for a course with recorded administrations or given intravenously.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="course"/> is <see langword="null"/>.</exception>
    public static bool GivenInClinic(TherapyCourse course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return !course.Administered.IsEmpty || course.Route == Route.Intravenous;
    }

    /// <summary>Returns whether a record's proportion of days covered is below the cut-off (non-adherence).</summary>
    /// <param name="refill">The record.</param>
    /// <returns><see langword="true"/> below 80 %; <see langword="false"/> at or above it.</returns>
    public static bool IsBelowThreshold(RefillAdherence refill)
    {
        ArgumentNullException.ThrowIfNull(refill);
        return refill.ProportionOfDaysCovered.Value < ProportionOfDaysCoveredThreshold;
    }

    /// <summary>Returns the basis text of a record: <see cref="BelowBasis"/> or <see cref="AtLeastBasis"/>.</summary>
    /// <param name="refill">The record.</param>
    /// <returns>The basis text.</returns>
    public static string Basis(RefillAdherence refill) => IsBelowThreshold(refill) ? BelowBasis : AtLeastBasis;

    /// <summary>
    /// Returns whether a record is of <paramref name="therapy"/>, overlaps the period from <paramref name="from"/> to
    /// <paramref name="to"/> and started on or before <paramref name="asOf"/>.
    /// </summary>
    /// <param name="refill">The record.</param>
    /// <param name="therapy">The therapy.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period, or <see langword="null"/> when open (an ongoing course).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>Whether the record applies to the period.</returns>
    public static bool Applies(RefillAdherence refill, TherapyId therapy, DateOnly from, DateOnly? to, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(refill);
        return refill.Therapy == therapy && refill.To >= from && (to is not { } end || refill.From <= end) && refill.From <= asOf;
    }

    /// <summary>Returns the threshold as applied to a record, for a finding's <see cref="Finding.Thresholds"/>.</summary>
    /// <param name="refill">The record.</param>
    /// <returns>"proportion of days covered (therapy)" &lt; 80 %, with the record's value observed.</returns>
    public static AppliedThreshold Threshold(RefillAdherence refill)
    {
        ArgumentNullException.ThrowIfNull(refill);
        return new AppliedThreshold
        {
            Name = $"proportion of days covered ({refill.Therapy})",
            Operator = ComparisonOperator.LessThan,
            Limit = ProportionOfDaysCoveredThreshold,
            Unit = QuantityUnit.Percent,
            Observed = refill.ProportionOfDaysCovered.Value,
        };
    }
}
