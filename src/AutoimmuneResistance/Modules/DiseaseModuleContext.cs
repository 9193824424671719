using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance;

/// <summary>
/// What a <see cref="IDiseaseModule"/> may add to a pipeline under construction. Every operation is additive; the
/// builder checks the whole configuration (duplicate ids, unknown mechanisms, JSON kinds outside the module's
/// namespace) when it builds.
/// </summary>
public sealed class DiseaseModuleContext
{
    internal DiseaseModuleContext(DiseaseDescriptor disease)
    {
        Disease = disease;
    }

    /// <summary>Gets the descriptor of the module being configured.</summary>
    public DiseaseDescriptor Disease { get; }

    internal List<IResistanceEvaluator> Evaluators { get; } = [];

    internal List<ResistanceMechanism> Mechanisms { get; } = [];

    internal List<TherapyDefinition> Therapies { get; } = [];

    internal List<(DefinitionSet Set, bool IsDefault)> DefinitionSets { get; } = [];

    internal List<IJsonTypeInfoResolver> JsonResolvers { get; } = [];

    internal List<JsonKindRegistration> DerivedTypes { get; } = [];

    internal List<IProfileValidator> Validators { get; } = [];

    internal List<IClinicalInstrument> Instruments { get; } = [];

    internal List<IVerdictContributor> VerdictContributors { get; } = [];

    internal List<TreatmentOption> TreatmentOptions { get; } = [];

    /// <summary>Adds an evaluator.</summary>
    /// <param name="evaluator">The evaluator; stateless and thread-safe.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddEvaluator(IResistanceEvaluator evaluator)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        Evaluators.Add(evaluator);
        return this;
    }

    /// <summary>Adds mechanisms to the pipeline's <see cref="MechanismCatalog"/>.</summary>
    /// <param name="mechanisms">The mechanisms; each traces to a seed claim or cites a source.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddMechanisms(IEnumerable<ResistanceMechanism> mechanisms)
    {
        ArgumentNullException.ThrowIfNull(mechanisms);
        Mechanisms.AddRange(mechanisms);
        return this;
    }

    /// <summary>Adds therapies to the pipeline's <see cref="TherapyCatalog"/>.</summary>
    /// <param name="therapies">The therapies.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddTherapies(IEnumerable<TherapyDefinition> therapies)
    {
        ArgumentNullException.ThrowIfNull(therapies);
        Therapies.AddRange(therapies);
        return this;
    }

    /// <summary>
    /// Registers a definition set. Sets of the same runtime type are alternatives: the pipeline uses the one marked
    /// default unless the user selects another with <see cref="ResistancePipelineBuilder.UseDefinitionSet(DefinitionSetId)"/>.
    /// </summary>
    /// <param name="set">The set; its id should start with the module's disease id.</param>
    /// <param name="isDefault">Whether this is the default of its type; exactly one per type must be.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddDefinitionSet(DefinitionSet set, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(set);
        DefinitionSets.Add((set, isDefault));
        return this;
    }

    /// <summary>
    /// Adds the module's source-generated JSON metadata (its <c>JsonSerializerContext</c>), so that the pipeline's
    /// <see cref="ResistancePipeline.Json"/> can read and write the module's types without reflection.
    /// </summary>
    /// <param name="resolver">The module's JSON context.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddJsonTypeInfoResolver(IJsonTypeInfoResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        JsonResolvers.Add(resolver);
        return this;
    }

    /// <summary>
    /// Registers <typeparamref name="TDerived"/> as a JSON subtype of <typeparamref name="TBase"/> with discriminator
    /// <paramref name="kind"/>. <typeparamref name="TBase"/> must be <see cref="DiseaseFeatures"/>,
    /// <see cref="InstrumentAssessment"/> or <see cref="FindingDetail"/>, and <paramref name="kind"/> must start with
    /// the module's disease id and a dot (for example <c>sle.sledai-2k</c>).
    /// </summary>
    /// <typeparam name="TBase">The polymorphic base.</typeparam>
    /// <typeparam name="TDerived">The module's sealed subtype.</typeparam>
    /// <param name="kind">The <c>$kind</c> value.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddDerivedType<TBase, TDerived>(string kind)
        where TBase : class
        where TDerived : TBase
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        DerivedTypes.Add(new JsonKindRegistration(typeof(TBase), typeof(TDerived), kind, Disease.Id.Value));
        return this;
    }

    /// <summary>Adds a clinical instrument, reachable by its id through <see cref="ResistancePipeline.Instruments"/>.</summary>
    /// <param name="instrument">The instrument; its id must start with the module's disease id and a dot.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddInstrument(IClinicalInstrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Instruments.Add(instrument);
        return this;
    }

    /// <summary>
    /// Adds the module's verdict contributor, which turns the module's findings into therapy and domain verdicts (see
    /// <see cref="IVerdictContributor"/>). Its <see cref="IVerdictContributor.Disease"/> must be the module's disease.
    /// </summary>
    /// <param name="contributor">The contributor.</param>
    /// <returns>This context, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contributor"/> is <see langword="null"/>.</exception>
    public DiseaseModuleContext AddVerdictContributor(IVerdictContributor contributor)
    {
        ArgumentNullException.ThrowIfNull(contributor);
        VerdictContributors.Add(contributor);
        return this;
    }

    /// <summary>
    /// Declares the treatment options the module's verdicts may offer (its option catalog, before any patient is read).
    /// A JSON Lines results file lists them once in its header, and each record writes only what is the patient's own
    /// of a declared option (rank, flags, courses, notes). Keys are unique across the pipeline.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>This context, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public DiseaseModuleContext AddTreatmentOptions(IEnumerable<TreatmentOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TreatmentOptions.AddRange(options);
        return this;
    }

    /// <summary>Adds a profile validator that runs after the core validation rules.</summary>
    /// <param name="validator">The validator; stateless and thread-safe.</param>
    /// <returns>This context.</returns>
    public DiseaseModuleContext AddProfileValidator(IProfileValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        Validators.Add(validator);
        return this;
    }
}
