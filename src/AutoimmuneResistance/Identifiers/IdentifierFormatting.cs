namespace AutoimmuneResistance;

// Identifiers display as their text in notebooks, not as a table of their members (Formatting/NotebookFormatter.cs,
// docs/notebooks.md).

[TypeFormatterSource(typeof(IdentifierFormatterSource<AutoantibodyId>))]
public readonly partial record struct AutoantibodyId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<DefinitionSetId>))]
public readonly partial record struct DefinitionSetId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<DiseaseId>))]
public readonly partial record struct DiseaseId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<EvaluatorId>))]
public readonly partial record struct EvaluatorId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<ExposureKind>))]
public readonly partial record struct ExposureKind;

[TypeFormatterSource(typeof(IdentifierFormatterSource<GenePhenotype>))]
public readonly partial record struct GenePhenotype;

[TypeFormatterSource(typeof(IdentifierFormatterSource<GeneSymbol>))]
public readonly partial record struct GeneSymbol;

[TypeFormatterSource(typeof(IdentifierFormatterSource<InstrumentId>))]
public readonly partial record struct InstrumentId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<MechanismCategory>))]
public readonly partial record struct MechanismCategory;

[TypeFormatterSource(typeof(IdentifierFormatterSource<MechanismId>))]
public readonly partial record struct MechanismId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<OrganDomain>))]
public readonly partial record struct OrganDomain;

[TypeFormatterSource(typeof(IdentifierFormatterSource<Route>))]
public readonly partial record struct Route;

[TypeFormatterSource(typeof(IdentifierFormatterSource<RuleId>))]
public readonly partial record struct RuleId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<SeedClaimId>))]
public readonly partial record struct SeedClaimId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<SubjectId>))]
public readonly partial record struct SubjectId;

[TypeFormatterSource(typeof(IdentifierFormatterSource<TherapyClass>))]
public readonly partial record struct TherapyClass;

[TypeFormatterSource(typeof(IdentifierFormatterSource<TherapyId>))]
public readonly partial record struct TherapyId;
