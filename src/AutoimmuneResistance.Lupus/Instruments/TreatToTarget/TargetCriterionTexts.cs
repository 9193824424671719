using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The LLDAS and DORIS criterion descriptions that depend on a definition set, formatted once per set rather than at
/// every visit (the not-at-target rule checks both states at each SLEDAI-2K visit of every patient).
/// </summary>
/// <remarks>
/// Keeps the texts of the set used last: a pipeline applies one set, so this is a hit after the first visit; another
/// set simply replaces it. The texts are the same as formatting them each time.
/// </remarks>
internal sealed class TargetCriterionTexts
{
    private static TargetCriterionTexts? s_last;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<MaintenanceDoseCap, (string, string)> _maintenanceDoses = new(ReferenceEqualityComparer.Instance);

    private TargetCriterionTexts(TreatToTargetDefinitions definitions)
    {
        Definitions = definitions;
        MajorOrganActivity = "no SLEDAI-2K activity in a major organ system: "
            + string.Join(", ", definitions.LldasMajorOrganSystems.Select(s => s.ToString().ToLowerInvariant()))
            + " (Franklyn 2016, criterion 1; descriptor mapping of clinical reference 4.1)";
        var limit = definitions.DorisPrednisoneMilligramsPerDay.ToString(CultureInfo.InvariantCulture);
        DorisPrednisone = definitions.DorisPrednisoneOperator == ComparisonOperator.LessThan
            ? $"prednisolone (or equivalent) < {limit} mg/day (van Vollenhoven 2021, Table 2 wording)"
            : $"prednisolone (or equivalent) <= {limit} mg/day (van Vollenhoven 2021, abstract wording)";
    }

    /// <summary>Gets the set the texts were formatted for.</summary>
    public TreatToTargetDefinitions Definitions { get; }

    /// <summary>Gets the description of the LLDAS no-major-organ-activity criterion.</summary>
    public string MajorOrganActivity { get; }

    /// <summary>Gets the description of the DORIS glucocorticoid criterion (its operator is the set's).</summary>
    public string DorisPrednisone { get; }

    /// <summary>Returns the id and description of the LLDAS standard-maintenance-dose criterion for a capped therapy.</summary>
    /// <param name="cap">One of the set's <see cref="TreatToTargetDefinitions.LldasMaintenanceDoseCaps"/>.</param>
    /// <returns>The criterion id (<c>lldas.maintenance-dose.{therapy}</c>) and its description.</returns>
    public (string Id, string Description) MaintenanceDose(MaintenanceDoseCap cap) =>
        _maintenanceDoses.GetOrAdd(cap, static c =>
        {
            var period = c.PeriodDays == 1 ? "day" : c.PeriodDays == 7 ? "week" : string.Create(CultureInfo.InvariantCulture, $"{c.PeriodDays} days");
            return (
                $"lldas.maintenance-dose.{c.Therapy.Value}",
                $"{c.Therapy.Value} at a standard maintenance dose, <= {c.MaxDose.ToMilligrams().Value.ToString(CultureInfo.InvariantCulture)} mg per {period} (Golder 2016, Table 3)");
        });

    /// <summary>Returns the texts for <paramref name="definitions"/>.</summary>
    /// <param name="definitions">The definition set.</param>
    /// <returns>The texts.</returns>
    public static TargetCriterionTexts For(TreatToTargetDefinitions definitions)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.Definitions, definitions))
        {
            return last;
        }

        var texts = new TargetCriterionTexts(definitions);
        Volatile.Write(ref s_last, texts);
        return texts;
    }
}
