using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// An immutable catalog of <see cref="ResistanceMechanism"/>s. <see cref="BuiltIn"/> holds one core mechanism per
/// <see cref="MechanismCategory"/> (ids <c>core.&lt;category&gt;</c>), each traced to its seed claims; disease modules
/// add refined mechanisms with <see cref="With(IEnumerable{ResistanceMechanism})"/>. Thread-safe.
/// </summary>
public sealed class MechanismCatalog
{
    private readonly ImmutableArray<ResistanceMechanism> _all;
    private readonly FrozenDictionary<MechanismId, ResistanceMechanism> _byId;

    private MechanismCatalog(ImmutableArray<ResistanceMechanism> all)
    {
        _all = all;
        _byId = all.ToFrozenDictionary(m => m.Id);
    }

    /// <summary>Gets the catalog of core mechanisms, one per category of the seed documents.</summary>
    public static MechanismCatalog BuiltIn { get; } = new(
    [
        Core(MechanismCategory.ResponseClassification, "Primary non-response or secondary loss of response",
            "A therapy never brought the disease under control (primary), or controlled it and then stopped doing so (secondary). Judged per therapy course, after an adequate trial.",
            "L1"),
        Core(MechanismCategory.Pharmacogenomic, "Genetic and pharmacogenomic variation",
            "Variants in drug-metabolising enzymes, drug targets, Fc receptors or immune pathways that change exposure to a drug or its effect.",
            "L2", "S6"),
        Core(MechanismCategory.DiseaseHeterogeneity, "Disease heterogeneity",
            "Resistance confined to one organ domain or presentation while others respond, which points to therapy chosen for that domain.",
            "L3", "S1"),
        Core(MechanismCategory.AcquiredTolerance, "Acquired tolerance",
            "Response fades under continued therapy, or the dose needed to hold it keeps rising, including dependence on glucocorticoids.",
            "L4"),
        Core(MechanismCategory.ImmuneRemodelling, "Immune remodelling",
            "Chronic inflammation changes immune cell populations (for example early B-cell repopulation or persistent plasmablasts after depletion), altering response.",
            "L5"),
        Core(MechanismCategory.BiomarkerGuidedOptions, "Biomarker-guided options",
            "Biomarkers associated with response to a targeted biologic, such as the type I interferon signature for anifrolumab or BLyS and serology for belimumab.",
            "L6"),
        Core(MechanismCategory.Comorbidity, "Comorbidity and interfering complications",
            "Comorbid conditions or organ complications that limit therapy or whose treatment interferes with it.",
            "L7", "S5"),
        Core(MechanismCategory.Exposure, "Environmental and behavioural exposures",
            "Exposures tied to worse response, such as smoking and the response to antimalarials.",
            "L7", "S1"),
        Core(MechanismCategory.NonAdherence, "Non-adherence",
            "The therapy is not taken as prescribed, shown by low drug levels or a low proportion of days covered by refills.",
            "L7"),
        Core(MechanismCategory.EmergingOptions, "Emerging options after resistance",
            "Options studied for resistant disease: autologous stem-cell transplantation, CD19 CAR-T cells and new agents.",
            "L8"),
        Core(MechanismCategory.ImmuneDysregulation, "Immune dysregulation beyond current therapy",
            "T-cell, B-cell and cytokine activity that drives disease through paths standard immunosuppression does not reach.",
            "S2"),
        Core(MechanismCategory.CompensatoryPathways, "Compensatory pathways",
            "Redundant immune or fibrotic pathways that take over when one is blocked.",
            "S3"),
        Core(MechanismCategory.EstablishedDamage, "Established fibrosis or damage",
            "Self-sustaining fibrosis or accrued organ damage that no longer responds to anti-inflammatory therapy.",
            "S4"),
        Core(MechanismCategory.TimingOfIntervention, "Timing of intervention",
            "Late treatment of disease that would have responded better early.",
            "S7"),
    ]);

    /// <summary>Gets every mechanism, in registration order.</summary>
    public ImmutableArray<ResistanceMechanism> All => _all;

    /// <summary>Returns the id of the core mechanism of <paramref name="category"/> (<c>core.&lt;category&gt;</c>).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The mechanism id.</returns>
    public static MechanismId CoreId(MechanismCategory category) => MechanismId.Create("core." + category.Value);

    /// <summary>Tries to find a mechanism by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="mechanism">The mechanism, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(MechanismId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResistanceMechanism? mechanism) =>
        _byId.TryGetValue(id, out mechanism);

    /// <summary>Returns a new catalog with <paramref name="mechanisms"/> added.</summary>
    /// <param name="mechanisms">The mechanisms to add.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">A mechanism's id is already in the catalog (or repeated), or it traces to no seed claim and cites no source.</exception>
    public MechanismCatalog With(IEnumerable<ResistanceMechanism> mechanisms)
    {
        ArgumentNullException.ThrowIfNull(mechanisms);
        var builder = _all.ToBuilder();
        var seen = new HashSet<MechanismId>(_byId.Keys);
        foreach (var mechanism in mechanisms)
        {
            ArgumentNullException.ThrowIfNull(mechanism, nameof(mechanisms));
            if (!seen.Add(mechanism.Id))
            {
                throw new ArgumentException($"Mechanism '{mechanism.Id}' is already in the catalog.", nameof(mechanisms));
            }

            if (mechanism.Claims.IsEmpty && mechanism.Sources.IsEmpty)
            {
                throw new ArgumentException($"Mechanism '{mechanism.Id}' must trace to a seed claim or cite a source.", nameof(mechanisms));
            }

            builder.Add(mechanism);
        }

        return new MechanismCatalog(builder.ToImmutable());
    }

    private static ResistanceMechanism Core(MechanismCategory category, string title, string description, params string[] claims) => new()
    {
        Id = CoreId(category),
        Title = title,
        Category = category,
        Description = description,
        Claims = [.. claims.Select(SeedClaimId.Create)],
    };
}
