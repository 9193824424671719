namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The systemic lupus erythematosus module (disease id <c>sle</c>). Registers the lupus instruments, definition sets,
/// mechanisms, JSON types, profile validation and resistance evaluators through the public module contract.
/// </summary>
/// <remarks>Add it with <see cref="LupusPipelineBuilderExtensions.AddLupus(ResistancePipelineBuilder, LupusModuleOptions?)"/>.</remarks>
public sealed class LupusModule : IDiseaseModule
{
    /// <summary>Creates the module.</summary>
    /// <param name="options">The options; <see cref="LupusModuleOptions.Default"/> when <see langword="null"/>.</param>
    public LupusModule(LupusModuleOptions? options = null)
    {
        Options = options ?? LupusModuleOptions.Default;
    }

    /// <summary>Gets the module's options.</summary>
    public LupusModuleOptions Options { get; }

    /// <inheritdoc/>
    public DiseaseDescriptor Disease { get; } = new()
    {
        Id = LupusIds.Sle,
        Name = "Systemic lupus erythematosus",
        Module = "AutoimmuneResistance.Lupus",
        Version = LibraryVersion.Of(typeof(LupusModule).Assembly),
        Codes =
        [
            ClinicalCode.Icd10("M32.9", "Systemic lupus erythematosus, unspecified"),
            ClinicalCode.SnomedCt("55464009", "Systemic lupus erythematosus"),
        ],
    };

    /// <inheritdoc/>
    public void Configure(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context
            .AddJsonTypeInfoResolver(LupusJsonContext.Default)
            .AddDerivedType<DiseaseFeatures, LupusFeatures>("sle.features")
            .AddDerivedType<InstrumentAssessment, Sledai2kVisit>("sle.sledai-2k")
            .AddDerivedType<InstrumentAssessment, PhysicianGlobalAssessment>("sle.physician-global-assessment")
            .AddDerivedType<InstrumentAssessment, BilagVisit>("sle.bilag-2004")
            .AddDerivedType<InstrumentAssessment, MaintenanceTherapyReview>("sle.maintenance-therapy-review")
            .AddDerivedType<InstrumentAssessment, InterferonGeneSignature>("sle.interferon-gene-signature")
            .AddDerivedType<InstrumentAssessment, BlysLevel>("sle.blys-level")
            .AddDerivedType<InstrumentAssessment, BCellDepletion>("sle.b-cell-depletion")
            .AddDerivedType<FindingDetail, CourseClassificationDetail>("sle.course-classification")
            .AddDerivedType<FindingDetail, PharmacogenomicsDetail>("sle.pharmacogenomics")
            .AddProfileValidator(new BilagProfileValidator())
            .AddDefinitionSet(TreatmentTrialDefinitions.Default, isDefault: true)
            .AddDefinitionSet(RituximabRepopulationDefinitions.Default, isDefault: true)
            .AddDefinitionSet(RituximabRepopulationDefinitions.RecordedFactOnly, isDefault: false)
            .AddDefinitionSet(PharmacogenomicsDefinitions.Default, isDefault: true)
            .AddMechanisms(LupusMechanisms.All);
        if (Options.IncludeEvaluators)
        {
            context
                .AddEvaluator(new PharmacogenomicsEvaluator())
                .AddEvaluator(new RituximabResponseEvaluator())
                .AddEvaluator(new BiomarkerEvaluator())
                .AddEvaluator(new ExposureEvaluator())
                .AddEvaluator(new OrganConfinedActivityEvaluator())
                .AddEvaluator(new NonAdherenceEvaluator())
                .AddEvaluator(new TreatmentResponseEvaluator())
                .AddEvaluator(new RefractoryNephritisEvaluator())
                .AddEvaluator(new GlucocorticoidEvaluator())
                .AddEvaluator(new RefractoryDefinitionsEvaluator())
                .AddMechanisms(RefractoryDefinitionsEvaluator.Mechanisms)
                .AddVerdictContributor(new LupusVerdictContributor())
                .AddTreatmentOptions(TreatmentOptionCatalog.Declared);
        }

        ActivityRegistration.Register(context);
        DamageRegistration.Register(context);
        TargetRegistration.Register(context);
        SleDasSlicc2012Registration.Register(context);
    }
}
