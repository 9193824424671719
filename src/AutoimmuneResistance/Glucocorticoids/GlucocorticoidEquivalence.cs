using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// Converts a daily dose of a systemic glucocorticoid into prednisone-equivalent milligrams, the unit in which every
/// glucocorticoid threshold of the library is stated (for example LLDAS ≤ 7.5 mg/day, the EULAR 2023 maintenance target
/// ≤ 5 mg/day).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Table"/> holds, for each substance, the daily dose that matches 5 mg of prednisone in glucocorticoid
/// effect: prednisone 5 mg, prednisolone 5 mg, methylprednisolone 4 mg, hydrocortisone 20 mg, dexamethasone 0.75 mg.
/// A dose converts as <c>milligrams × 5 ÷ equivalent milligrams</c> in <see cref="decimal"/>, so dexamethasone 0.75 mg
/// gives exactly 5 mg and dexamethasone 4 mg gives 26.666… mg (rounded only in the 28th significant digit).
/// </para>
/// <para>
/// Sources, as collected in the project's clinical reference (§10.4): the West Midlands Palliative Care Physicians guide,
/// which follows the BNF (dexamethasone 750 micrograms, prednisolone 5 mg and hydrocortisone 20 mg are given as
/// approximately equivalent anti-inflammatory oral doses;
/// https://www.westmidspallcare.co.uk/wmpcp/guide/corticosteroids/preparations-and-dose-equivalence/), and the US
/// prednisolone product label as quoted in secondary summaries (prednisolone 15 mg matching prednisone 15 mg,
/// methylprednisolone 12 mg, hydrocortisone 60 mg and dexamethasone 2.25 mg). The two agree. Discrepancy: some sources
/// rate dexamethasone at 25–30 times the potency of hydrocortisone, which puts its equivalent anywhere from 0.6 to 0.8 mg;
/// the library uses 0.75 mg, the BNF and label figure. The equivalence covers glucocorticoid effect only, not
/// mineralocorticoid effect.
/// </para>
/// <para>
/// Only systemic use counts: the route must be oral, intravenous or intramuscular (<see cref="SystemicRoutes"/>).
/// Topical, inhaled, ophthalmic and intra-articular glucocorticoids must not feed prednisone-equivalent thresholds; the
/// project's code notes classify systemic exposure by ATC group H02AB only. Weight-based doses (mg/kg) are refused: turn
/// them into milligrams with <see cref="Dose.ForBodyWeight(BodyWeight)"/> first. The conversion does not check that the
/// dose is a daily total; the caller supplies one (the thresholds are per day).
/// </para>
/// </remarks>
public static class GlucocorticoidEquivalence
{
    /// <summary>The prednisone dose, in milligrams, that every row of <see cref="Table"/> is equivalent to (5).</summary>
    public const decimal ReferencePrednisoneMilligrams = 5m;

    /// <summary>Gets the equivalence table, one row per supported substance, in a fixed order (prednisone first).</summary>
    public static IReadOnlyList<GlucocorticoidEquivalent> Table { get; } =
    [
        new(TherapyId.Prednisone, 5m),
        new(TherapyId.Prednisolone, 5m),
        new(TherapyId.Methylprednisolone, 4m),
        new(TherapyId.Hydrocortisone, 20m),
        new(TherapyId.Dexamethasone, 0.75m),
    ];

    /// <summary>Gets the routes whose glucocorticoid doses count as systemic exposure: oral, intravenous and intramuscular.</summary>
    public static IReadOnlyList<Route> SystemicRoutes { get; } = [Route.Oral, Route.Intravenous, Route.Intramuscular];

    /// <summary>Whether <paramref name="substance"/> has a row in <see cref="Table"/>.</summary>
    /// <param name="substance">The therapy to look up.</param>
    /// <returns><see langword="true"/> for prednisone, prednisolone, methylprednisolone, hydrocortisone and dexamethasone.</returns>
    public static bool IsSupported(TherapyId substance) => Find(substance) is not null;

    /// <summary>Whether a glucocorticoid given by <paramref name="route"/> counts toward prednisone-equivalent exposure.</summary>
    /// <param name="route">The route of administration.</param>
    /// <returns><see langword="true"/> for oral, intravenous and intramuscular.</returns>
    public static bool IsSystemic(Route route)
    {
        foreach (var systemic in SystemicRoutes)
        {
            if (systemic == route)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Converts a daily dose of a systemic glucocorticoid into prednisone-equivalent milligrams.</summary>
    /// <param name="substance">The glucocorticoid; must be <see cref="IsSupported(TherapyId)">supported</see>.</param>
    /// <param name="dailyDose">The daily dose, as an absolute amount (mg, g or ug).</param>
    /// <param name="route">The route; must be <see cref="IsSystemic(Route)">systemic</see>.</param>
    /// <returns>The prednisone-equivalent daily dose, in milligrams.</returns>
    /// <exception cref="ArgumentException">
    /// The substance is not in <see cref="Table"/>, the dose is weight-based, or the route is not systemic; the message
    /// says which. The parameter name identifies the argument at fault.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The equivalent exceeds <see cref="Dose.MaxMilligrams"/>.</exception>
    public static Dose ToPrednisoneEquivalent(TherapyId substance, Dose dailyDose, Route route) =>
        TryConvert(substance, dailyDose, route, out var equivalent, out var reason) switch
        {
            Failure.None => equivalent,
            Failure.Substance => throw new ArgumentException(reason, nameof(substance)),
            Failure.Route => throw new ArgumentException(reason, nameof(route)),
            Failure.WeightBased => throw new ArgumentException(reason, nameof(dailyDose)),
            _ => throw new ArgumentOutOfRangeException(nameof(dailyDose), reason),
        };

    /// <summary>Tries to convert a daily dose of a systemic glucocorticoid into prednisone-equivalent milligrams.</summary>
    /// <param name="substance">The glucocorticoid.</param>
    /// <param name="dailyDose">The daily dose, as an absolute amount (mg, g or ug).</param>
    /// <param name="route">The route of administration.</param>
    /// <param name="prednisoneEquivalent">The prednisone-equivalent daily dose in milligrams, or <c>default</c> (0 mg) on failure.</param>
    /// <param name="reason"><see langword="null"/> on success; otherwise why the dose was not converted (unsupported substance, weight-based dose, non-systemic route, or a result above the dose ceiling).</param>
    /// <returns><see langword="true"/> when the dose was converted.</returns>
    public static bool TryToPrednisoneEquivalent(
        TherapyId substance,
        Dose dailyDose,
        Route route,
        out Dose prednisoneEquivalent,
        [NotNullWhen(false)] out string? reason) =>
        TryConvert(substance, dailyDose, route, out prednisoneEquivalent, out reason) == Failure.None;

    private static Failure TryConvert(TherapyId substance, Dose dailyDose, Route route, out Dose prednisoneEquivalent, out string? reason)
    {
        prednisoneEquivalent = default;
        var row = Find(substance);
        if (row is null)
        {
            reason = substance.IsSpecified
                ? $"'{substance}' has no prednisone equivalence; supported substances: {SupportedList()}."
                : $"No substance was given; supported substances: {SupportedList()}.";
            return Failure.Substance;
        }

        if (!IsSystemic(route))
        {
            reason = route.IsSpecified
                ? $"Route '{route}' is not systemic; only oral, intravenous and intramuscular glucocorticoids count toward prednisone-equivalent exposure (topical, inhaled, ophthalmic and intra-articular use does not)."
                : "No route was given; only oral, intravenous and intramuscular glucocorticoids count toward prednisone-equivalent exposure.";
            return Failure.Route;
        }

        if (dailyDose.IsWeightBased)
        {
            reason = $"The dose {dailyDose} is weight-based; turn it into milligrams with {nameof(Dose)}.{nameof(Dose.ForBodyWeight)} before converting.";
            return Failure.WeightBased;
        }

        // For prednisone and prednisolone (5 mg, scale 0) the conversion is x * 5 / 5, which decimal arithmetic returns
        // with x's own value and scale; skipping it saves a 96-bit division at every dose the evaluators convert.
        var given = dailyDose.ToMilligrams().Value;
        var milligrams = row.EquivalentMilligrams == ReferencePrednisoneMilligrams && row.EquivalentMilligrams.Scale == 0
            ? given
            : given * ReferencePrednisoneMilligrams / row.EquivalentMilligrams;
        if (!Dose.TryCreate(milligrams, QuantityUnit.Milligram, out prednisoneEquivalent))
        {
            reason = $"{dailyDose} of {substance} is {QuantityRules.Format(milligrams)} mg prednisone-equivalent, above the {QuantityRules.Format(Dose.MaxMilligrams)} mg ceiling of a dose.";
            return Failure.TooLarge;
        }

        reason = null;
        return Failure.None;
    }

    private static GlucocorticoidEquivalent? Find(TherapyId substance)
    {
        foreach (var row in Table)
        {
            if (row.Substance == substance)
            {
                return row;
            }
        }

        return null;
    }

    private static string SupportedList()
    {
        var names = new string[Table.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Table[i].Substance.Value;
        }

        return string.Join(", ", names);
    }

    private enum Failure
    {
        None,
        Substance,
        Route,
        WeightBased,
        TooLarge,
    }
}
