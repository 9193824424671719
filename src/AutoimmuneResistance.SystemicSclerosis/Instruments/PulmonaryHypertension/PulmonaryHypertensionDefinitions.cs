namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The haemodynamic definition of pulmonary hypertension, from the mean pulmonary arterial pressure (mPAP) at rest on
/// right-heart catheterisation. The two most recent ESC/ERS guidelines disagree, so each is a set:
/// <list type="bullet">
/// <item><c>ssc.pulmonary-hypertension.esc-ers-2022</c> (default, the current guideline): mPAP above 20 mmHg (Humbert M,
/// Kovacs G, Hoeper MM, et al. 2022 ESC/ERS Guidelines for the diagnosis and treatment of pulmonary hypertension. Eur
/// Heart J 2022, doi:10.1093/eurheartj/ehac237).</item>
/// <item><c>ssc.pulmonary-hypertension.esc-ers-2015</c>: mPAP of at least 25 mmHg (Galiè N, Humbert M, Vachiery JL, et
/// al. 2015 ESC/ERS Guidelines for the diagnosis and treatment of pulmonary hypertension. Eur Heart J 2016,
/// doi:10.1093/eurheartj/ehv317), the definition the CRISS and the transplant trials were written under.</item>
/// </list>
/// Both sets carry the mPAP above which autologous haematopoietic stem-cell transplantation under the standard
/// high-dose cyclophosphamide protocols is contraindicated, 25 mmHg at rest (EBMT Autoimmune Diseases Working Party,
/// Bone Marrow Transplant 2017;52(11):1495-1503, doi:10.1038/bmt.2017.56), a setting.
/// </summary>
public sealed record PulmonaryHypertensionDefinitions : DefinitionSet
{
    /// <summary>Gets the current definition, mPAP above 20 mmHg, <c>ssc.pulmonary-hypertension.esc-ers-2022</c>.</summary>
    public static PulmonaryHypertensionDefinitions EscErs2022 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.pulmonary-hypertension.esc-ers-2022"),
        Version = "1.0.0",
        Title = "Pulmonary hypertension: mean pulmonary arterial pressure above 20 mmHg at rest (ESC/ERS 2022)",
        Sources = [InterferenceCitations.Humbert2022, InterferenceCitations.Ebmt2017],
        MeanPressureMmHg = 20m,
        Inclusive = false,
    };

    /// <summary>Gets the earlier definition, mPAP of at least 25 mmHg, <c>ssc.pulmonary-hypertension.esc-ers-2015</c>.</summary>
    public static PulmonaryHypertensionDefinitions EscErs2015 { get; } = new()
    {
        Id = DefinitionSetId.Create("ssc.pulmonary-hypertension.esc-ers-2015"),
        Version = "1.0.0",
        Title = "Pulmonary hypertension: mean pulmonary arterial pressure of at least 25 mmHg at rest (ESC/ERS 2015)",
        Sources = [InterferenceCitations.Galie2016, InterferenceCitations.Ebmt2017],
        MeanPressureMmHg = 25m,
        Inclusive = true,
    };

    /// <summary>Gets the mean pulmonary arterial pressure, in mmHg, that defines pulmonary hypertension.</summary>
    public required decimal MeanPressureMmHg { get; init; }

    /// <summary>Gets whether a pressure equal to <see cref="MeanPressureMmHg"/> is pulmonary hypertension (≥) or not (&gt;).</summary>
    public required bool Inclusive { get; init; }

    /// <summary>Gets the mean pulmonary arterial pressure at rest, in mmHg, above which transplantation is contraindicated (25, EBMT 2017).</summary>
    public decimal TransplantExclusionAboveMmHg { get; init; } = 25m;

    /// <summary>Returns whether a mean pulmonary arterial pressure, in mmHg, is pulmonary hypertension under the set.</summary>
    /// <param name="meanPressureMmHg">The mean pulmonary arterial pressure at rest, in mmHg.</param>
    /// <returns><see langword="true"/> when it reaches (or exceeds, for a strict set) the set's pressure.</returns>
    public bool IsPulmonaryHypertension(decimal meanPressureMmHg) =>
        Inclusive ? meanPressureMmHg >= MeanPressureMmHg : meanPressureMmHg > MeanPressureMmHg;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MeanPressureMmHg is <= 0 or > 100)
        {
            problems.Add($"{nameof(MeanPressureMmHg)} must be above 0 and at most 100.");
        }

        if (TransplantExclusionAboveMmHg is <= 0 or > 100)
        {
            problems.Add($"{nameof(TransplantExclusionAboveMmHg)} must be above 0 and at most 100.");
        }

        return problems;
    }
}
