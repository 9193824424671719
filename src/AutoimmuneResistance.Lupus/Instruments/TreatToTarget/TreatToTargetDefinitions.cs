using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Thresholds of the lupus treat-to-target states and of the glucocorticoid targets: LLDAS (Franklyn K, Lau CS, Navarra
/// SV, et al. Ann Rheum Dis 2016;75(9):1615-21, doi:10.1136/annrheumdis-2015-207726), its standard maintenance doses
/// (Golder V, et al. Arthritis Res Ther 2016, doi:10.1186/s13075-016-1163-2, Table 3), DORIS 2021 remission (van
/// Vollenhoven RF, et al. Lupus Sci Med 2021;8:e000538, doi:10.1136/lupus-2021-000538) and the EULAR 2023 glucocorticoid
/// maintenance target (Fanouriakis A, et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762).
/// </summary>
/// <remarks>
/// <para>
/// Two published variants are registered: <see cref="Default"/> (<c>sle.treat-to-target.default</c>, DORIS prednisolone
/// ≤ 5 mg/day as in the DORIS 2021 abstract) and <see cref="DorisStrict"/> (<c>sle.treat-to-target.doris-strict</c>,
/// prednisolone &lt; 5 mg/day as in the wording of the DORIS 2021 Table 2 final recommendation). The discrepancy is item 4
/// of the clinical reference's discrepancy register.
/// </para>
/// <para>
/// Two values are the library's own operationalisation, not published definitions: <see cref="BridgingPeriodMonths"/>
/// (EULAR 2023 calls glucocorticoids bridging therapy but gives no length) and <see cref="UnknownRoute"/> (how a
/// glucocorticoid whose route was not recorded is treated).
/// </para>
/// </remarks>
public sealed record TreatToTargetDefinitions : DefinitionSet
{
    /// <summary>Gets the default set, <c>sle.treat-to-target.default</c> (DORIS prednisolone ≤ 5 mg/day).</summary>
    public static TreatToTargetDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.treat-to-target.default"),
        Version = "1.0.0",
        Title = "LLDAS (Franklyn 2016), DORIS 2021 remission (prednisolone <= 5 mg/day, abstract wording) and the EULAR 2023 glucocorticoid target",
        Sources = [TargetCitations.Franklyn2016, TargetCitations.Golder2016, TargetCitations.VanVollenhoven2021, TargetCitations.Fanouriakis2024],
        LldasMaxSledai2k = 4m,
        LldasMajorOrganSystems =
        [
            SledaiOrganSystem.Renal,
            SledaiOrganSystem.Neurological,
            SledaiOrganSystem.Cardiorespiratory,
            SledaiOrganSystem.Vasculitis,
            SledaiOrganSystem.Constitutional,
        ],
        LldasMaxPhysicianGlobalAssessment = 1m,
        LldasMaxPrednisoneMilligramsPerDay = 7.5m,
        LldasMaintenanceDoseCaps =
        [
            new(TherapyId.Hydroxychloroquine, Dose.Milligrams(400m), 1),
            new(TherapyId.Methotrexate, Dose.Milligrams(30m), 7),
            new(TherapyId.Azathioprine, Dose.Milligrams(200m), 1),
            new(TherapyId.MycophenolateMofetil, Dose.Milligrams(3000m), 1),
            new(TherapyId.MycophenolicAcid, Dose.Milligrams(2160m), 1),
            new(TherapyId.Leflunomide, Dose.Milligrams(20m), 1),
        ],
        DorisClinicalSledai2k = 0m,
        DorisPhysicianGlobalAssessmentBelow = 0.5m,
        DorisPrednisoneMilligramsPerDay = 5m,
        DorisPrednisoneOperator = ComparisonOperator.LessThanOrEqual,
        MaintenanceTargetMilligramsPerDay = 5m,
        BridgingPeriodMonths = 6,
        UnknownRoute = UnknownGlucocorticoidRoute.AssumeSystemic,
    };

    /// <summary>Gets the variant <c>sle.treat-to-target.doris-strict</c>: as <see cref="Default"/> but DORIS prednisolone &lt; 5 mg/day (Table 2 wording).</summary>
    public static TreatToTargetDefinitions DorisStrict { get; } = Default with
    {
        Id = DefinitionSetId.Create("sle.treat-to-target.doris-strict"),
        Title = "LLDAS (Franklyn 2016), DORIS 2021 remission (prednisolone < 5 mg/day, Table 2 wording) and the EULAR 2023 glucocorticoid target",
        DorisPrednisoneOperator = ComparisonOperator.LessThan,
    };

    /// <summary>Gets the highest SLEDAI-2K total compatible with LLDAS criterion 1 (≤ 4; Franklyn 2016).</summary>
    public required decimal LldasMaxSledai2k { get; init; }

    /// <summary>
    /// Gets the organ systems in which any SLEDAI-2K activity breaks LLDAS criterion 1 (Franklyn 2016 names renal, CNS,
    /// cardiopulmonary, vasculitis and fever; the mapping to SLEDAI-2K descriptors is the clinical reference's, section 4.1).
    /// </summary>
    public ImmutableArray<SledaiOrganSystem> LldasMajorOrganSystems { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the highest physician global assessment (0–3) compatible with LLDAS (≤ 1; Franklyn 2016).</summary>
    public required decimal LldasMaxPhysicianGlobalAssessment { get; init; }

    /// <summary>Gets the highest prednisolone-equivalent dose compatible with LLDAS, mg/day (≤ 7.5; Franklyn 2016).</summary>
    public required decimal LldasMaxPrednisoneMilligramsPerDay { get; init; }

    /// <summary>
    /// Gets the example "standard maintenance dose" caps used by Golder 2016 (Table 3) for LLDAS criterion 5:
    /// hydroxychloroquine ≤ 400 mg/day, methotrexate ≤ 30 mg/week, azathioprine ≤ 200 mg/day, mycophenolate mofetil
    /// ≤ 3000 mg/day, mycophenolic acid ≤ 2160 mg/day, leflunomide ≤ 20 mg/day.
    /// </summary>
    public ImmutableArray<MaintenanceDoseCap> LldasMaintenanceDoseCaps { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the clinical SLEDAI-2K (without serology) required for DORIS remission (= 0; van Vollenhoven 2021).</summary>
    public required decimal DorisClinicalSledai2k { get; init; }

    /// <summary>Gets the limit the physician global assessment must be strictly below for DORIS remission (&lt; 0.5; van Vollenhoven 2021; the 2017 variants used ≤ 0.5).</summary>
    public required decimal DorisPhysicianGlobalAssessmentBelow { get; init; }

    /// <summary>Gets the DORIS prednisolone-equivalent limit, mg/day (5; van Vollenhoven 2021); the operator is <see cref="DorisPrednisoneOperator"/>.</summary>
    public required decimal DorisPrednisoneMilligramsPerDay { get; init; }

    /// <summary>
    /// Gets the DORIS prednisolone comparison: ≤ in the 2021 abstract (and the 2017 variants and EULAR 2023), &lt; in the
    /// Table 2 final-recommendation text. Only <see cref="ComparisonOperator.LessThanOrEqual"/> and
    /// <see cref="ComparisonOperator.LessThan"/> are valid.
    /// </summary>
    public required ComparisonOperator DorisPrednisoneOperator { get; init; }

    /// <summary>Gets the EULAR 2023 glucocorticoid maintenance target, prednisone-equivalent mg/day (≤ 5; Fanouriakis 2024).</summary>
    public required decimal MaintenanceTargetMilligramsPerDay { get; init; }

    /// <summary>
    /// Gets the length of the glucocorticoid bridging period in calendar months, counted from the first day of each
    /// glucocorticoid episode; beyond it the maintenance target applies. EULAR 2023 calls glucocorticoids bridging therapy
    /// without a length: 6 months is the library's operationalisation, not a published value.
    /// </summary>
    public required int BridgingPeriodMonths { get; init; }

    /// <summary>Gets how a glucocorticoid whose route was not recorded is treated (the library's choice: <see cref="UnknownGlucocorticoidRoute.AssumeSystemic"/>, reported as an assumption).</summary>
    public required UnknownGlucocorticoidRoute UnknownRoute { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (LldasMaxSledai2k < 0m)
        {
            problems.Add($"{nameof(LldasMaxSledai2k)} must not be negative");
        }

        if (LldasMaxPhysicianGlobalAssessment is < 0m or > 3m || DorisPhysicianGlobalAssessmentBelow is < 0m or > 3m)
        {
            problems.Add("physician global assessment limits must lie between 0 and 3");
        }

        if (LldasMaxPrednisoneMilligramsPerDay < 0m || DorisPrednisoneMilligramsPerDay < 0m || MaintenanceTargetMilligramsPerDay < 0m)
        {
            problems.Add("prednisone-equivalent limits must not be negative");
        }

        if (DorisPrednisoneOperator is not (ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual))
        {
            problems.Add($"{nameof(DorisPrednisoneOperator)} must be < or <=");
        }

        // 120 months is the library's bound on input, not a published value (EULAR 2023 gives no bridging length at all).
        if (BridgingPeriodMonths is < 0 or > 120)
        {
            problems.Add($"{nameof(BridgingPeriodMonths)} must lie between 0 and 120");
        }

        if (!Enum.IsDefined(UnknownRoute))
        {
            problems.Add($"{nameof(UnknownRoute)} must be a defined value");
        }

        foreach (var cap in LldasMaintenanceDoseCaps)
        {
            if (cap.MaxDose.IsWeightBased || cap.MaxDose.Value <= 0m || cap.PeriodDays is < 1 or > 366)
            {
                problems.Add($"maintenance dose cap of '{cap.Therapy}' must be a positive absolute dose over 1 to 366 days");
            }
        }

        return problems;
    }
}

/// <summary>
/// A "standard maintenance dose" cap for LLDAS criterion 5: at most <see cref="MaxDose"/> of <see cref="Therapy"/> per
/// <see cref="PeriodDays"/> days (1 for a daily cap, 7 for a weekly cap such as methotrexate 30 mg/week). Source: Golder V,
/// et al. Arthritis Res Ther 2016, doi:10.1186/s13075-016-1163-2, Table 3.
/// </summary>
/// <param name="Therapy">The therapy.</param>
/// <param name="MaxDose">The highest standard maintenance dose per period (absolute).</param>
/// <param name="PeriodDays">The period the cap covers, in days.</param>
public sealed record MaintenanceDoseCap(TherapyId Therapy, Dose MaxDose, int PeriodDays);

/// <summary>How a glucocorticoid whose route of administration was not recorded is treated in prednisone-equivalent exposure.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<UnknownGlucocorticoidRoute>))]
public enum UnknownGlucocorticoidRoute
{
    /// <summary>Counted as systemic (oral, the usual route of maintenance glucocorticoids) and reported as an assumption.</summary>
    [JsonStringEnumMemberName("assume-systemic")]
    AssumeSystemic = 1,

    /// <summary>Not counted, and reported as excluded.</summary>
    [JsonStringEnumMemberName("exclude")]
    Exclude = 2,
}
