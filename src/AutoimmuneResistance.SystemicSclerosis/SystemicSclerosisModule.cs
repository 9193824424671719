namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The systemic sclerosis module (disease id <c>ssc</c>). Registers the module's instruments, their definition sets,
/// the <c>ssc.features</c> profile kind, the mechanisms, the resistance evaluators (glucocorticoid renal crisis risk,
/// timing of immunosuppression, progressive ILD on therapy, skin response on therapy, autoantibody phenotype, failure
/// across mechanism classes, thiopurine metabolism, established damage versus activity, pulmonary hypertension
/// interference, intestinal involvement and oral mycophenolate, the ACR CRISS over a course, activity over a course) and
/// the verdict contributor through
/// the public module contract.
/// </summary>
/// <remarks>Add it with <see cref="SystemicSclerosisPipelineBuilderExtensions.AddSystemicSclerosis(ResistancePipelineBuilder)"/>.</remarks>
public sealed class SystemicSclerosisModule : IDiseaseModule
{
    /// <inheritdoc/>
    public DiseaseDescriptor Disease { get; } = new()
    {
        Id = SystemicSclerosisIds.Ssc,
        Name = "Systemic sclerosis",
        Module = "AutoimmuneResistance.SystemicSclerosis",
        Version = LibraryVersion.Of(typeof(SystemicSclerosisModule).Assembly),
        Codes =
        [
            ClinicalCode.Icd10("M34.9", "Systemic sclerosis, unspecified"),
            ClinicalCode.SnomedCt("89155008", "Systemic sclerosis"),
        ],
    };

    /// <inheritdoc/>
    public void Configure(DiseaseModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context
            .AddJsonTypeInfoResolver(SystemicSclerosisJsonContext.Default)
            .AddDerivedType<DiseaseFeatures, SscFeatures>("ssc.features")
            .AddDefinitionSet(CrissDefinitions.Acr2016, isDefault: true)
            .AddDefinitionSet(CrissDefinitions.Acr2016RevisedAbsoluteFvc, isDefault: false)
            .AddDefinitionSet(ProgressiveIldDefinitions.Inbuild2019, isDefault: true)
            .AddDefinitionSet(ProgressiveIldDefinitions.AtsErsJrsAlat2022, isDefault: false)
            .AddDefinitionSet(ProgressiveIldDefinitions.SscComposite, isDefault: false)
            .AddDefinitionSet(ProgressiveIldDefinitions.EustarFvcOnly2021, isDefault: false)
            .AddDefinitionSet(RenalCrisisGlucocorticoidDefinitions.Steen1998, isDefault: true)
            .AddDefinitionSet(RenalCrisisGlucocorticoidDefinitions.FrenchPnds2021, isDefault: false)
            .AddDefinitionSet(EarlyDiffuseDefinitions.Below60Months, isDefault: true)
            .AddDefinitionSet(EarlyDiffuseDefinitions.Press24Months, isDefault: false)
            .AddDefinitionSet(EarlyDiffuseDefinitions.Pittsburgh18Months, isDefault: false)
            .AddDefinitionSet(SkinResponseDefinitions.McidSls2019, isDefault: true)
            .AddDefinitionSet(SkinResponseDefinitions.MidRangeKhanna2006, isDefault: false)
            .AddDefinitionSet(SkinResponseDefinitions.Eustar5Units25Percent, isDefault: false)
            .AddDefinitionSet(PulmonaryHypertensionDefinitions.EscErs2022, isDefault: true)
            .AddDefinitionSet(PulmonaryHypertensionDefinitions.EscErs2015, isDefault: false)
            .AddInstrument(new AcrEular2013Classification())
            .AddInstrument(new ModifiedRodnanSkinScore())
            .AddInstrument(new CrissInstrument())
            .AddInstrument(new EustarActivityIndex())
            .AddInstrument(new ProgressiveIldInstrument())
            .AddInstrument(new RenalCrisisGlucocorticoidRisk())
            .AddInstrument(new DiseaseDurationInstrument())
            .AddInstrument(new AutoantibodyPhenotypeInstrument())
            .AddMechanisms(SscMechanisms.All)
            .AddEvaluator(new GlucocorticoidRenalCrisisEvaluator())
            .AddEvaluator(new TimingEvaluator())
            .AddEvaluator(new ProgressiveIldEvaluator())
            .AddEvaluator(new SkinResponseEvaluator())
            .AddEvaluator(new AutoantibodyEvaluator())
            .AddEvaluator(new SequentialFailureEvaluator())
            .AddEvaluator(new ThiopurineMetabolismEvaluator())
            .AddEvaluator(new DamageVersusActivityEvaluator())
            .AddEvaluator(new PulmonaryHypertensionEvaluator())
            .AddEvaluator(new IntestinalInvolvementEvaluator())
            .AddDefinitionSet(CrissCourseDefinitions.TwelveMonths, isDefault: true)
            .AddProfileValidator(new CrissMeasureValidator())
            .AddEvaluator(new CrissOnTherapyEvaluator())
            .AddEvaluator(new ActivityOnTherapyEvaluator())
            .AddVerdictContributor(new SscVerdictContributor())
            .AddTreatmentOptions(SscOptions.Declared);
    }
}
