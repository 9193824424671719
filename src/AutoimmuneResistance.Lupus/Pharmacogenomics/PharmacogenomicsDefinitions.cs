using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The CPIC starting-dose rules the pharmacogenomics evaluator turns into numbers (clinical reference sections 13.1 and
/// 13.2), id <c>sle.pharmacogenomics.cpic</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Azathioprine (Relling MV, et al. CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018
/// update. Clin Pharmacol Ther 2019;105(5):1095-1105, doi:10.1002/cpt.1304, nonmalignant conditions): normal metabolizer
/// for both genes, the normal starting dose (CPIC's example 2–3 mg/kg/day); TPMT or NUDT15 intermediate or possible
/// intermediate, 30–80 % of it; intermediate (or possible intermediate) for both genes, 20–50 % (CPIC update of March
/// 2024); poor metabolizer for either, consider a non-thiopurine alternative. The 2011 guideline's 30–70 % is not used
/// (clinical reference discrepancy register item 11).</item>
/// <item>Tacrolimus (Birdwell KA, et al. CPIC guidelines for CYP3A5 genotype and tacrolimus dosing. Clin Pharmacol Ther
/// 2015;98(1):19-24, doi:10.1002/cpt.113; the dosing table was read through a secondary page citing the guideline):
/// CYP3A5 normal (extensive) or intermediate metabolizer, 1.5–2 times the recommended starting dose, not exceeding
/// 0.3 mg/kg/day; poor metabolizer, the standard starting dose. CPIC gives no standard starting dose in mg/kg/day, so
/// <see cref="TacrolimusStandardStartingDose"/> is empty by default and only the fraction and the ceiling are reported;
/// a caller may set the starting dose of its own protocol. The evidence is from transplantation, so use for any
/// indication not in <see cref="TacrolimusEvidenceIndications"/> is reported as extrapolated.</item>
/// </list>
/// None of these values is tagged UNCONFIRMED in the clinical reference. The indication vocabulary
/// (<c>transplant</c> and its sub-ids) is the library's own convention.
/// </remarks>
public sealed record PharmacogenomicsDefinitions : DefinitionSet
{
    /// <summary>Gets the default set, <c>sle.pharmacogenomics.cpic</c>.</summary>
    public static PharmacogenomicsDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.pharmacogenomics.cpic"),
        Version = "1.0.0",
        Title = "CPIC starting doses: azathioprine by TPMT and NUDT15 (Relling 2019, March 2024 update); tacrolimus by CYP3A5 (Birdwell 2015)",
        Sources = [LupusSources.CpicThiopurines, LupusSources.CpicTacrolimus],
        AzathioprineStandardStartingDose = new() { Low = 2m, High = 3m },
        ThiopurineOneIntermediateFraction = new() { Low = 0.3m, High = 0.8m },
        ThiopurineBothIntermediateFraction = new() { Low = 0.2m, High = 0.5m },
        TacrolimusExpresserFraction = new() { Low = 1.5m, High = 2m },
        TacrolimusMaxMilligramsPerKilogramPerDay = 0.3m,
        TacrolimusEvidenceIndications = [DiseaseId.Create("transplant")],
    };

    /// <summary>Gets the normal azathioprine starting dose, mg/kg/day (CPIC's example 2–3; Relling 2019).</summary>
    /// <value><see langword="null"/> to report fractions only.</value>
    public PharmacogenomicDoseRange? AzathioprineStandardStartingDose { get; init; }

    /// <summary>Gets the starting fraction of the normal azathioprine dose for one intermediate or possible intermediate gene (0.30–0.80; Relling 2019).</summary>
    public required PharmacogenomicDoseRange ThiopurineOneIntermediateFraction { get; init; }

    /// <summary>Gets the starting fraction when TPMT and NUDT15 are both intermediate or possible intermediate (0.20–0.50; CPIC March 2024 update).</summary>
    public required PharmacogenomicDoseRange ThiopurineBothIntermediateFraction { get; init; }

    /// <summary>Gets the standard tacrolimus starting dose, mg/kg/day.</summary>
    /// <value><see langword="null"/> by default: CPIC (Birdwell 2015) states the adjustment relative to the recommended starting dose, not the dose itself.</value>
    public PharmacogenomicDoseRange? TacrolimusStandardStartingDose { get; init; }

    /// <summary>Gets the starting multiple of the standard tacrolimus dose for CYP3A5 normal or intermediate metabolizers (1.5–2; Birdwell 2015).</summary>
    public required PharmacogenomicDoseRange TacrolimusExpresserFraction { get; init; }

    /// <summary>Gets the ceiling of the increased tacrolimus starting dose, mg/kg/day (0.3; Birdwell 2015).</summary>
    /// <value><see langword="null"/> for no ceiling.</value>
    public decimal? TacrolimusMaxMilligramsPerKilogramPerDay { get; init; }

    /// <summary>
    /// Gets the indications CPIC's tacrolimus evidence comes from (default <c>transplant</c>). A course whose
    /// <see cref="TherapyCourse.Indication"/> is one of them, or a dotted sub-id of one (<c>transplant.kidney</c>), is
    /// not extrapolated; any other indication, or none recorded (taken as lupus), is.
    /// </summary>
    public ImmutableArray<DiseaseId> TacrolimusEvidenceIndications { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Returns whether CPIC's tacrolimus evidence covers <paramref name="indication"/> (see <see cref="TacrolimusEvidenceIndications"/>).</summary>
    /// <param name="indication">The course's indication; <see langword="null"/> is lupus, which it does not cover.</param>
    /// <returns><see langword="true"/> when the indication is one of the evidence indications or a sub-id of one.</returns>
    public bool TacrolimusEvidenceCovers(DiseaseId? indication) =>
        indication is { IsSpecified: true } id && TacrolimusEvidenceIndications.Any(e =>
            id.Value == e.Value || id.Value.StartsWith(e.Value + ".", StringComparison.Ordinal));

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(AzathioprineStandardStartingDose, nameof(AzathioprineStandardStartingDose), problems);
        Check(ThiopurineOneIntermediateFraction, nameof(ThiopurineOneIntermediateFraction), problems);
        Check(ThiopurineBothIntermediateFraction, nameof(ThiopurineBothIntermediateFraction), problems);
        Check(TacrolimusStandardStartingDose, nameof(TacrolimusStandardStartingDose), problems);
        Check(TacrolimusExpresserFraction, nameof(TacrolimusExpresserFraction), problems);
        if (TacrolimusMaxMilligramsPerKilogramPerDay is <= 0m)
        {
            problems.Add($"{nameof(TacrolimusMaxMilligramsPerKilogramPerDay)} must be positive");
        }

        if (TacrolimusEvidenceIndications.Any(i => !i.IsSpecified))
        {
            problems.Add($"{nameof(TacrolimusEvidenceIndications)} must not hold an unspecified id");
        }

        return problems;
    }

    private static void Check(PharmacogenomicDoseRange? range, string name, List<string> problems)
    {
        if (range is null)
        {
            return;
        }

        // Bounded so that a fraction times a dose times a weight (at most 650 kg) stays far inside decimal range.
        if (range.Low <= 0m || range.High < range.Low || range.High > 1_000_000m)
        {
            problems.Add($"{name} must have 0 < low <= high <= 1000000");
        }
    }
}

/// <summary>A closed range of doses or dose fractions, <see cref="Low"/> to <see cref="High"/>.</summary>
public sealed record PharmacogenomicDoseRange
{
    /// <summary>Gets the lower end.</summary>
    public required decimal Low { get; init; }

    /// <summary>Gets the upper end (equal to <see cref="Low"/> for a single value).</summary>
    public required decimal High { get; init; }
}
