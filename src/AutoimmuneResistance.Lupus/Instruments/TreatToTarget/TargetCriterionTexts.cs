using System.Globalization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The LLDAS and DORIS criterion descriptions (and the glucocorticoid maintenance-target threshold name) that depend on a
/// definition set, formatted once per set rather than at
/// every visit (the not-at-target rule checks both states at each SLEDAI-2K visit of every patient).
/// </summary>
/// <remarks>
/// <para>
/// Every number in a text is the set's own value (and every operator the one the comparison uses), so a tuned set prints
/// the threshold it applies rather than the published one; the source named is where the default value comes from.
/// </para>
/// <para>
/// Keeps the texts of the set used last: a pipeline applies one set, so this is a hit after the first visit; another
/// set simply replaces it. The texts are the same as formatting them each time.
/// </para>
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
        LldasSledai2k = $"SLEDAI-2K total <= {Number(definitions.LldasMaxSledai2k)} (Franklyn 2016, criterion 1)";
        LldasPhysicianGlobalAssessment = $"physician global assessment (0-3) <= {Number(definitions.LldasMaxPhysicianGlobalAssessment)} (Franklyn 2016, criterion 3)";
        LldasPrednisone = $"current prednisolone (or equivalent) <= {Number(definitions.LldasMaxPrednisoneMilligramsPerDay)} mg/day (Franklyn 2016, criterion 4)";
        DorisClinicalSledai2k = $"clinical SLEDAI-2K (without low complement and anti-dsDNA) = {Number(definitions.DorisClinicalSledai2k)} (van Vollenhoven 2021)";
        DorisPhysicianGlobalAssessment = $"physician global assessment (0-3) < {Number(definitions.DorisPhysicianGlobalAssessmentBelow)} (van Vollenhoven 2021)";
        MaintenanceTargetThreshold = $"prednisone-equivalent dose on the visit date, mg/day (EULAR 2023 maintenance target <= {Number(definitions.MaintenanceTargetMilligramsPerDay)}; missed when above)";
        MaintenanceTargetTimeline = $"prednisone-equivalent dose, mg/day, at each visit beyond the bridging period (EULAR 2023 maintenance target <= {Number(definitions.MaintenanceTargetMilligramsPerDay)}; missed when above)";
        ExposureAboveMaintenanceTarget = string.Create(CultureInfo.InvariantCulture, $"days with prednisone-equivalent > {definitions.MaintenanceTargetMilligramsPerDay} mg/day (EULAR 2023 maintenance target <= {definitions.MaintenanceTargetMilligramsPerDay})");
        ExposureAboveLldasLimit = string.Create(CultureInfo.InvariantCulture, $"days with prednisone-equivalent > {definitions.LldasMaxPrednisoneMilligramsPerDay} mg/day (LLDAS <= {definitions.LldasMaxPrednisoneMilligramsPerDay}; Franklyn 2016)");
        var limit = definitions.DorisPrednisoneMilligramsPerDay.ToString(CultureInfo.InvariantCulture);
        DorisPrednisone = definitions.DorisPrednisoneOperator == ComparisonOperator.LessThan
            ? $"prednisolone (or equivalent) < {limit} mg/day (van Vollenhoven 2021, Table 2 wording)"
            : $"prednisolone (or equivalent) <= {limit} mg/day (van Vollenhoven 2021, abstract wording)";
    }

    /// <summary>Gets the set the texts were formatted for.</summary>
    public TreatToTargetDefinitions Definitions { get; }

    /// <summary>Gets the description of the LLDAS SLEDAI-2K criterion (total ≤ <see cref="TreatToTargetDefinitions.LldasMaxSledai2k"/>).</summary>
    public string LldasSledai2k { get; }

    /// <summary>Gets the description of the LLDAS physician-global-assessment criterion (≤ <see cref="TreatToTargetDefinitions.LldasMaxPhysicianGlobalAssessment"/>).</summary>
    public string LldasPhysicianGlobalAssessment { get; }

    /// <summary>Gets the description of the LLDAS glucocorticoid criterion (≤ <see cref="TreatToTargetDefinitions.LldasMaxPrednisoneMilligramsPerDay"/> mg/day).</summary>
    public string LldasPrednisone { get; }

    /// <summary>Gets the description of the DORIS clinical SLEDAI-2K criterion (= <see cref="TreatToTargetDefinitions.DorisClinicalSledai2k"/>).</summary>
    public string DorisClinicalSledai2k { get; }

    /// <summary>Gets the description of the DORIS physician-global-assessment criterion (strictly below <see cref="TreatToTargetDefinitions.DorisPhysicianGlobalAssessmentBelow"/>; the operator is fixed).</summary>
    public string DorisPhysicianGlobalAssessment { get; }

    /// <summary>
    /// Gets the name of the glucocorticoid maintenance-target threshold (≤ <see cref="TreatToTargetDefinitions.MaintenanceTargetMilligramsPerDay"/>
    /// mg/day, missed when above), to which the visit date is appended.
    /// </summary>
    public string MaintenanceTargetThreshold { get; }

    /// <summary>Gets the name of the maintenance-target timeline: the dose at each visit beyond the bridging period against the target.</summary>
    public string MaintenanceTargetTimeline { get; }

    /// <summary>Gets the description of the exposure's days above the maintenance target (the set's value as written, not normalised).</summary>
    public string ExposureAboveMaintenanceTarget { get; }

    /// <summary>Gets the description of the exposure's days above the LLDAS glucocorticoid limit (the set's value as written, not normalised).</summary>
    public string ExposureAboveLldasLimit { get; }

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

    // Without trailing zeros, as the summaries print their limits: a set tuned to 2.50 reads "2.5".
    private static string Number(decimal value) => Decimals.Normalize(value).ToString(CultureInfo.InvariantCulture);

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
