using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The SLE Disease Activity Score, <c>sle.sle-das</c>: a continuous activity score from 17 items, some of them
/// continuous (swollen joints of 28, proteinuria, platelet and leukocyte counts), with remission and activity categories.
/// </summary>
/// <remarks>
/// <para>
/// Sources: Jesus D, Matos A, Henriques C, et al. Derivation and validation of the SLE Disease Activity Score (SLE-DAS):
/// a new SLE continuous measure with high sensitivity for changes in disease activity. Ann Rheum Dis
/// 2019;78(3):365-71, doi:10.1136/annrheumdis-2018-214502 (items, formula); Jesus D, Larosa M, Henriques C, et al. Ann
/// Rheum Dis 2021;80(12):1568-74, doi:10.1136/annrheumdis-2021-220363 (remission ≤ 2.08, mild activity ≤ 7.64,
/// moderate or severe above); Jesus D, et al. Lupus Sci Med 2025;12(1):e001499, doi:10.1136/lupus-2025-001499 (severe
/// activity &gt; 9.90).
/// </para>
/// <para>
/// Score = intercept + Σ weight × binary item + weight × swollen joints (+ the arthritis weight once when at least one
/// joint is swollen) + [proteinuria &gt; 500] (a + b·ln proteinuria) + [platelets &lt; 100] (a + b·ln platelets) +
/// [leukocytes &lt; 3] (a + b·ln leukocytes). The coefficients and the 2021 cut-offs are settings of
/// <see cref="SleDasDefinitions"/>, UNCONFIRMED against the papers (read in one secondary implementation).
/// </para>
/// </remarks>
public sealed class SleDasInstrument : DefinitionSetInstrument<SleDasInput, SleDasResult, SleDasDefinitions>
{
    /// <summary>The library's upper bound on proteinuria input, mg/24 h or mg/g (not a published value).</summary>
    public const decimal MaxProteinuriaMilligrams = 100_000m;

    /// <summary>The library's upper bound on a platelet count, × 10⁹/L (not a published value).</summary>
    public const decimal MaxPlateletCount = 2_000m;

    /// <summary>The library's upper bound on a leukocyte count, × 10⁹/L (not a published value).</summary>
    public const decimal MaxLeukocyteCount = 500m;

    /// <summary>The library's upper bound on a prednisone-equivalent dose, mg/day (not a published value).</summary>
    public const decimal MaxPrednisoneMilligramsPerDay = 2_000m;

    /// <summary>Creates the instrument with the registered set (<see cref="SleDasDefinitions.Default"/>).</summary>
    public SleDasInstrument()
        : this([SleDasDefinitions.Default, SleDasDefinitions.UnreportedUnknown])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id; the first is the default.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public SleDasInstrument(IEnumerable<SleDasDefinitions> definitionSets)
        : base(definitionSets, TargetDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = LupusIds.SleDas,
        Title = "SLE Disease Activity Score (SLE-DAS)",
        Version = "1.0.0",
        Sources = [SleDasCitations.Jesus2019, SleDasCitations.Jesus2021, SleDasCitations.Jesus2025, SleDasCitations.Assuncao2022],
        Documentation = "docs/instruments/sle.sle-das.md",
    };

    /// <summary>Returns the activity category of a score under a definition set.</summary>
    /// <param name="score">The score, as reported (2 decimals).</param>
    /// <param name="definitions">The cut-offs.</param>
    /// <returns>Remission when <c>score &lt;= RemissionAtMost</c>, mild activity when <c>score &lt;= MildActivityAtMost</c>, else moderate or severe activity.</returns>
    public static SleDasCategory Categorize(decimal score, SleDasDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return score <= definitions.RemissionAtMost ? SleDasCategory.Remission
            : score <= definitions.MildActivityAtMost ? SleDasCategory.MildActivity
            : SleDasCategory.ModerateOrSevereActivity;
    }

    /// <inheritdoc/>
    protected override void CheckInput(SleDasInput input, List<EvaluationDiagnostic> diagnostics)
    {
        if (input.SwollenJointCount is { } joints and (< 0 or > 28))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SleDasDiagnosticCodes.SwollenJointCountOutOfRange, "the swollen joint count must be a whole number from 0 to 28 (28-joint count)", "$.swollenJointCount", value: DiagnosticValues.Of(joints)));
        }

        if (input.ProteinuriaMilligrams is { } protein && (protein < 0m || protein > MaxProteinuriaMilligrams))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SleDasDiagnosticCodes.ProteinuriaOutOfRange, "proteinuria must lie between 0 and 100000 (mg/24 h, or mg/g for a protein-to-creatinine ratio)", "$.proteinuriaMilligrams", value: DiagnosticValues.Of(protein)));
        }

        if (input.PlateletCount is { } platelets && (platelets <= 0m || platelets > MaxPlateletCount))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SleDasDiagnosticCodes.CellCountOutOfRange, "the platelet count must be above 0 and at most 2000 (x 10^9/L)", "$.plateletCount", value: DiagnosticValues.Of(platelets)));
        }

        if (input.LeukocyteCount is { } leukocytes && (leukocytes <= 0m || leukocytes > MaxLeukocyteCount))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SleDasDiagnosticCodes.CellCountOutOfRange, "the leukocyte count must be above 0 and at most 500 (x 10^9/L)", "$.leukocyteCount", value: DiagnosticValues.Of(leukocytes)));
        }

        if (input.PrednisoneMilligramsPerDay is { } prednisone && (prednisone < 0m || prednisone > MaxPrednisoneMilligramsPerDay))
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SleDasDiagnosticCodes.PrednisoneOutOfRange, "the prednisone-equivalent dose must lie between 0 and 2000 mg/day", "$.prednisoneMilligramsPerDay", value: DiagnosticValues.Of(prednisone)));
        }

        if (input.LocalizedRash == true && input.GeneralizedRash == true)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SleDasDiagnosticCodes.RashContradictory, "give either a localized rash (only above the neck) or a generalized rash (below the neck, with or without rash above it), not both", "$.generalizedRash"));
        }

        Missing(input.ProteinuriaMilligrams, "proteinuria ('proteinuriaMilligrams')", "$.proteinuriaMilligrams", diagnostics);
        Missing(input.PlateletCount, "the platelet count ('plateletCount')", "$.plateletCount", diagnostics);
        Missing(input.LeukocyteCount, "the leukocyte count ('leukocyteCount')", "$.leukocyteCount", diagnostics);
    }

    /// <inheritdoc/>
    protected override SleDasResult ComputeCore(SleDasInput input, SleDasDefinitions definitions)
    {
        var terms = ImmutableArray.CreateBuilder<SleDasTerm>();
        var sum = definitions.Intercept;

        void Add(SleDasItem item, decimal points)
        {
            if (points != 0m)
            {
                sum += points;
                terms.Add(new SleDasTerm(item, Math.Round(points, 3, MidpointRounding.AwayFromZero)));
            }
        }

        Add(SleDasItem.NeuropsychiatricInvolvement, input.NeuropsychiatricInvolvement == true ? definitions.NeuropsychiatricInvolvementWeight : 0m);
        Add(SleDasItem.SystemicVasculitis, input.SystemicVasculitis == true ? definitions.SystemicVasculitisWeight : 0m);
        Add(SleDasItem.MucocutaneousVasculitis, input.MucocutaneousVasculitis == true ? definitions.MucocutaneousVasculitisWeight : 0m);
        Add(SleDasItem.CardiacOrPulmonaryInvolvement, input.CardiacOrPulmonaryInvolvement == true ? definitions.CardiacOrPulmonaryInvolvementWeight : 0m);
        Add(SleDasItem.Serositis, input.Serositis == true ? definitions.SerositisWeight : 0m);
        Add(SleDasItem.Proteinuria, input.ProteinuriaMilligrams is { } protein && protein > definitions.ProteinuriaAboveMilligrams
            ? definitions.ProteinuriaIntercept + (definitions.ProteinuriaLogWeight * Ln(protein))
            : 0m);
        Add(SleDasItem.Arthritis, input.SwollenJointCount >= 1 ? definitions.ArthritisWeight : 0m);
        Add(SleDasItem.SwollenJoints, (input.SwollenJointCount ?? 0) * definitions.SwollenJointWeight);
        Add(SleDasItem.Myositis, input.Myositis == true ? definitions.MyositisWeight : 0m);
        Add(SleDasItem.LocalizedRash, input.LocalizedRash == true ? definitions.LocalizedRashWeight : 0m);
        Add(SleDasItem.GeneralizedRash, input.GeneralizedRash == true ? definitions.GeneralizedRashWeight : 0m);
        Add(SleDasItem.Alopecia, input.Alopecia == true ? definitions.AlopeciaWeight : 0m);
        Add(SleDasItem.MucosalUlcers, input.MucosalUlcers == true ? definitions.MucosalUlcersWeight : 0m);
        Add(SleDasItem.HemolyticAnemia, input.HemolyticAnemia == true ? definitions.HemolyticAnemiaWeight : 0m);
        Add(SleDasItem.Thrombocytopenia, input.PlateletCount is { } platelets && platelets < definitions.PlateletsBelow
            ? definitions.PlateletIntercept + (definitions.PlateletLogWeight * Ln(platelets))
            : 0m);
        Add(SleDasItem.Leukopenia, input.LeukocyteCount is { } leukocytes && leukocytes < definitions.LeukocytesBelow
            ? definitions.LeukocyteIntercept + (definitions.LeukocyteLogWeight * Ln(leukocytes))
            : 0m);
        Add(SleDasItem.Hypocomplementemia, input.Hypocomplementemia == true ? definitions.HypocomplementemiaWeight : 0m);
        Add(SleDasItem.IncreasedAntiDsDna, input.IncreasedAntiDsDna == true ? definitions.IncreasedAntiDsDnaWeight : 0m);

        var score = Math.Round(sum, 2, MidpointRounding.AwayFromZero);
        ImmutableArray<SleDasItem>? notReported = definitions.UnreportedItems == UnreportedItemReading.Unknown ? NotReported(input) : null;
        var determinate = notReported is not { IsEmpty: false };
        return new SleDasResult
        {
            NotReported = notReported,
            Determinate = determinate,
            LowDiseaseActivity = LowDiseaseActivity(score, determinate, input.PrednisoneMilligramsPerDay, definitions),
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            Score = score,
            Category = Categorize(score, definitions),
            SevereActivity = score > definitions.SevereActivityAbove,
            Intercept = definitions.Intercept,
            Terms = terms.ToImmutable(),
        };
    }

    /// <summary>
    /// Returns whether a visit is in SLE-DAS low disease activity (Assunção 2022): the score at most
    /// <see cref="SleDasDefinitions.LowDiseaseActivityAtMost"/> and the prednisone-equivalent dose at most
    /// <see cref="SleDasDefinitions.LowDiseaseActivityPrednisoneAtMost"/>.
    /// </summary>
    /// <param name="score">The score, as reported (2 decimals); a lower bound when <paramref name="determinate"/> is <see langword="false"/>.</param>
    /// <param name="determinate">Whether the score is determined (every item reported, or unreported items read as absent).</param>
    /// <param name="prednisoneMilligramsPerDay">The prednisone-equivalent dose, mg/day, or <see langword="null"/> when not given.</param>
    /// <param name="definitions">The cut-offs.</param>
    /// <returns><see langword="false"/> when the score (even as a lower bound) or the dose rules the state out; <see langword="true"/> when both are within it and the score is determined; otherwise <see langword="null"/>.</returns>
    public static bool? LowDiseaseActivity(decimal score, bool determinate, decimal? prednisoneMilligramsPerDay, SleDasDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        if (score > definitions.LowDiseaseActivityAtMost || prednisoneMilligramsPerDay > definitions.LowDiseaseActivityPrednisoneAtMost)
        {
            return false;
        }

        return determinate && prednisoneMilligramsPerDay is not null ? true : null;
    }

    // The items the input leaves out, in the paper's order (the swollen joint count stands for arthritis and the joints).
    private static ImmutableArray<SleDasItem> NotReported(SleDasInput input)
    {
        var items = ImmutableArray.CreateBuilder<SleDasItem>();
        void Check(bool reported, SleDasItem item)
        {
            if (!reported)
            {
                items.Add(item);
            }
        }

        Check(input.NeuropsychiatricInvolvement is not null, SleDasItem.NeuropsychiatricInvolvement);
        Check(input.SystemicVasculitis is not null, SleDasItem.SystemicVasculitis);
        Check(input.MucocutaneousVasculitis is not null, SleDasItem.MucocutaneousVasculitis);
        Check(input.CardiacOrPulmonaryInvolvement is not null, SleDasItem.CardiacOrPulmonaryInvolvement);
        Check(input.Serositis is not null, SleDasItem.Serositis);
        Check(input.ProteinuriaMilligrams is not null, SleDasItem.Proteinuria);
        Check(input.SwollenJointCount is not null, SleDasItem.Arthritis);
        Check(input.SwollenJointCount is not null, SleDasItem.SwollenJoints);
        Check(input.Myositis is not null, SleDasItem.Myositis);
        Check(input.LocalizedRash is not null, SleDasItem.LocalizedRash);
        Check(input.GeneralizedRash is not null, SleDasItem.GeneralizedRash);
        Check(input.Alopecia is not null, SleDasItem.Alopecia);
        Check(input.MucosalUlcers is not null, SleDasItem.MucosalUlcers);
        Check(input.HemolyticAnemia is not null, SleDasItem.HemolyticAnemia);
        Check(input.PlateletCount is not null, SleDasItem.Thrombocytopenia);
        Check(input.LeukocyteCount is not null, SleDasItem.Leukopenia);
        Check(input.Hypocomplementemia is not null, SleDasItem.Hypocomplementemia);
        Check(input.IncreasedAntiDsDna is not null, SleDasItem.IncreasedAntiDsDna);
        return items.ToImmutable();
    }

    // The natural logarithm of a positive value, to 12 decimals (double precision, well beyond the 2 reported).
    private static decimal Ln(decimal value) => Math.Round((decimal)Math.Log((double)value), 12, MidpointRounding.AwayFromZero);

    private static void Missing(decimal? value, string what, string path, List<EvaluationDiagnostic> diagnostics)
    {
        if (value is null)
        {
            diagnostics.Add(EvaluationDiagnostic.Warning(SleDasDiagnosticCodes.LaboratoryValueMissing, $"{what} is not given, so its item is scored as absent", path));
        }
    }
}
