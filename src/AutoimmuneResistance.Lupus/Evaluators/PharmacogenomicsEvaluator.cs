using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Pharmacogenomic reasons a lupus therapy may under-perform (seed claim L2), each evaluated only when the profile
/// has a course of the drug concerned:
/// TPMT/NUDT15 and azathioprine (CPIC: Relling MV et al. Clin Pharmacol Ther 2019;105(5):1095-1105,
/// doi:10.1002/cpt.1304, with the March 2024 update for two intermediate phenotypes);
/// CYP3A5 and tacrolimus (CPIC: Birdwell KA et al. Clin Pharmacol Ther 2015;98(1):19-24, doi:10.1002/cpt.113; the
/// evidence comes from transplantation, so findings are graded as extrapolated);
/// FCGR3A 158V/F and rituximab (Anolik JH et al. Arthritis Rheum 2003;48(2):455-9, doi:10.1002/art.10764).
/// The azathioprine and tacrolimus findings carry a <see cref="PharmacogenomicsDetail"/>: the phenotypes in CPIC's terms,
/// the starting dose as a fraction of the standard dose and, from the selected <see cref="PharmacogenomicsDefinitions"/>,
/// in mg/kg/day and mg/day for the latest actual body weight, with the ceiling; tacrolimus findings are graded as
/// extrapolated unless the course's <see cref="TherapyCourse.Indication"/> is a transplant.
/// </summary>
internal sealed class PharmacogenomicsEvaluator() : LupusEvaluator(
    "sle.pharmacogenomics",
    "Pharmacogenomics of azathioprine, tacrolimus and rituximab",
    [LupusMechanisms.ThiopurineMetabolism, LupusMechanisms.TacrolimusMetabolism, LupusMechanisms.Fcgr3aRituximab],
    [LupusSources.CpicThiopurines, LupusSources.CpicTacrolimus, LupusSources.AnolikFcgr3a])
{
    private static readonly RuleId ThiopurinePoor = RuleId.Create("sle.pgx.thiopurine.poor-metabolizer");
    private static readonly RuleId ThiopurineBothIntermediate = RuleId.Create("sle.pgx.thiopurine.both-intermediate");
    private static readonly RuleId ThiopurineOneIntermediate = RuleId.Create("sle.pgx.thiopurine.one-intermediate");
    private static readonly RuleId ThiopurineNormal = RuleId.Create("sle.pgx.thiopurine.normal");
    private static readonly RuleId ThiopurineMissing = RuleId.Create("sle.pgx.thiopurine.genotype-missing");
    private static readonly RuleId TacrolimusExpresser = RuleId.Create("sle.pgx.cyp3a5.expresser");
    private static readonly RuleId TacrolimusNonExpresser = RuleId.Create("sle.pgx.cyp3a5.non-expresser");
    private static readonly RuleId TacrolimusMissing = RuleId.Create("sle.pgx.cyp3a5.genotype-missing");
    private static readonly RuleId Fcgr3aCarrier = RuleId.Create("sle.pgx.fcgr3a.158f-carrier");
    private static readonly RuleId Fcgr3aVv = RuleId.Create("sle.pgx.fcgr3a.158v-homozygous");
    private static readonly RuleId Fcgr3aMissing = RuleId.Create("sle.pgx.fcgr3a.genotype-missing");

    private enum Metabolizer
    {
        Unknown,
        Normal,
        Intermediate,
        Poor,
        Indeterminate,
    }

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        var asOf = context.AsOf;
        var definitions = context.Definitions.TryGet<PharmacogenomicsDefinitions>(out var selected) ? selected : PharmacogenomicsDefinitions.Default;
        var azathioprine = ProfileQueries.Courses(patient, TherapyId.Azathioprine, asOf);
        if (azathioprine.Count > 0)
        {
            output.Add(Thiopurines(patient, asOf, azathioprine[^1], definitions));
        }

        var tacrolimus = ProfileQueries.Courses(patient, TherapyId.Tacrolimus, asOf);
        if (tacrolimus.Count > 0)
        {
            output.Add(Cyp3a5(patient, asOf, tacrolimus[^1], definitions));
        }

        var rituximab = ProfileQueries.Courses(patient, TherapyId.Rituximab, asOf);
        if (rituximab.Count > 0)
        {
            output.Add(Fcgr3a(patient, asOf, rituximab[^1].Path));
        }
    }

    private Finding Thiopurines(PatientProfile patient, DateOnly asOf, (TherapyCourse Course, string Path) course, PharmacogenomicsDefinitions definitions)
    {
        var coursePath = course.Path;
        var tpmt = ProfileQueries.LatestGenotype(patient, GeneSymbol.Tpmt, asOf);
        var nudt15 = ProfileQueries.LatestGenotype(patient, GeneSymbol.Nudt15, asOf);
        var tpmtPhenotype = Classify(tpmt?.Result.Phenotype);
        var nudtPhenotype = Classify(nudt15?.Result.Phenotype);
        var weight = LatestWeight(patient, asOf);
        string[] facts = [coursePath, .. Paths(tpmt, nudt15), .. weight is { } w ? new[] { w.Path } : []];
        var mechanism = LupusMechanisms.ThiopurineMetabolism;
        var citations = Descriptor.Sources[..1];
        ImmutableArray<PharmacogenomicPhenotype> phenotypes = [Reported(GeneSymbol.Tpmt, tpmt), Reported(GeneSymbol.Nudt15, nudt15)];
        PharmacogenomicsDetail Detail(PharmacogenomicRecommendation recommendation, PharmacogenomicDoseRange? fraction) =>
            Dosing.Build(TherapyId.Azathioprine, course.Course, coursePath, extrapolated: false, phenotypes, recommendation, fraction,
                fraction is null ? null : definitions.AzathioprineStandardStartingDose, maximum: null, weight, definitions);

        if (tpmtPhenotype == Metabolizer.Poor || nudtPhenotype == Metabolizer.Poor)
        {
            return new Finding(Id, mechanism, ThiopurinePoor, FindingStatus.Supported,
                "A TPMT or NUDT15 poor metabolizer: CPIC advises considering a non-thiopurine immunosuppressant, so azathioprine cannot be dosed to effect.",
                EvidenceGrade.Guideline)
            {
                Therapy = TherapyId.Azathioprine,
                Facts = [.. facts],
                Citations = citations,
                Detail = Detail(PharmacogenomicRecommendation.ConsiderAlternative, null),
            };
        }

        if (tpmtPhenotype is Metabolizer.Unknown or Metabolizer.Indeterminate || nudtPhenotype is Metabolizer.Unknown or Metabolizer.Indeterminate)
        {
            var missing = tpmtPhenotype is Metabolizer.Unknown or Metabolizer.Indeterminate ? "TPMT" : "NUDT15";
            var datum = tpmtPhenotype == Metabolizer.Indeterminate
                ? "erythrocyte TPMT activity (CPIC's advice when the TPMT genotype is indeterminate)"
                : $"{missing} phenotype (genotype with the laboratory's CPIC phenotype)";
            return new Finding(Id, mechanism, ThiopurineMissing, FindingStatus.Unknown,
                $"Whether azathioprine is limited by thiopurine metabolism cannot be judged without the {missing} result.",
                EvidenceGrade.Guideline,
                new DataGap { Datum = datum, Path = "$.genotypes" })
            {
                Therapy = TherapyId.Azathioprine,
                Facts = [.. facts],
                Citations = citations,
                Detail = Detail(
                    tpmtPhenotype == Metabolizer.Indeterminate ? PharmacogenomicRecommendation.MeasureEnzymeActivity
                    : tpmtPhenotype != Metabolizer.Unknown && nudtPhenotype == Metabolizer.Indeterminate ? PharmacogenomicRecommendation.MonitorClosely
                    : PharmacogenomicRecommendation.GenotypeNeeded,
                    null),
            };
        }

        if (tpmtPhenotype == Metabolizer.Intermediate && nudtPhenotype == Metabolizer.Intermediate)
        {
            return new Finding(Id, mechanism, ThiopurineBothIntermediate, FindingStatus.Supported,
                "Intermediate metabolizer for both TPMT and NUDT15: CPIC (2024 update) advises starting at 20-50 % of the normal azathioprine dose, which may limit effect.",
                EvidenceGrade.Guideline)
            {
                Therapy = TherapyId.Azathioprine,
                Facts = [.. facts],
                Citations = citations,
                Detail = Detail(PharmacogenomicRecommendation.ReducedStartingDose, definitions.ThiopurineBothIntermediateFraction),
            };
        }

        if (tpmtPhenotype == Metabolizer.Intermediate || nudtPhenotype == Metabolizer.Intermediate)
        {
            return new Finding(Id, mechanism, ThiopurineOneIntermediate, FindingStatus.Supported,
                "Intermediate metabolizer for TPMT or NUDT15: CPIC advises starting at 30-80 % of the normal azathioprine dose, which may limit effect.",
                EvidenceGrade.Guideline)
            {
                Therapy = TherapyId.Azathioprine,
                Facts = [.. facts],
                Citations = citations,
                Detail = Detail(PharmacogenomicRecommendation.ReducedStartingDose, definitions.ThiopurineOneIntermediateFraction),
            };
        }

        return new Finding(Id, mechanism, ThiopurineNormal, FindingStatus.NotSupported,
            "Normal TPMT and NUDT15 metabolizer: CPIC advises the normal azathioprine dose, so metabolism does not explain a poor response.",
            EvidenceGrade.Guideline)
        {
            Therapy = TherapyId.Azathioprine,
            Facts = [.. facts],
            Citations = citations,
            Detail = Detail(PharmacogenomicRecommendation.StandardStartingDose, Dosing.One),
        };
    }

    private Finding Cyp3a5(PatientProfile patient, DateOnly asOf, (TherapyCourse Course, string Path) course, PharmacogenomicsDefinitions definitions)
    {
        var coursePath = course.Path;
        var cyp3a5 = ProfileQueries.LatestGenotype(patient, GeneSymbol.Cyp3a5, asOf);
        var citations = Descriptor.Sources[1..2];
        var mechanism = LupusMechanisms.TacrolimusMetabolism;
        var phenotype = cyp3a5 is { } found ? Cyp3a5Phenotype(found.Result) : null;
        var weight = LatestWeight(patient, asOf);
        string[] facts = [coursePath, .. cyp3a5 is { } g ? new[] { g.Path } : [], .. weight is { } w ? new[] { w.Path } : []];
        var extrapolated = !definitions.TacrolimusEvidenceCovers(course.Course.Indication);
        var grade = extrapolated ? EvidenceGrade.Extrapolated : EvidenceGrade.Guideline;
        var scope = extrapolated ? "CPIC, from transplantation; extrapolated to this indication" : "CPIC, transplantation";
        var call = new PharmacogenomicPhenotype
        {
            Gene = GeneSymbol.Cyp3a5,
            Phenotype = phenotype?.Phenotype,
            FromDiplotype = phenotype?.FromDiplotype ?? false,
            Genotype = cyp3a5?.Path,
        };
        PharmacogenomicsDetail Detail(PharmacogenomicRecommendation recommendation, PharmacogenomicDoseRange? fraction, decimal? maximum) =>
            Dosing.Build(TherapyId.Tacrolimus, course.Course, coursePath, extrapolated, [call], recommendation, fraction,
                fraction is null ? null : definitions.TacrolimusStandardStartingDose, maximum, weight, definitions);

        if (phenotype is null)
        {
            return new Finding(Id, mechanism, TacrolimusMissing, FindingStatus.Unknown,
                "Whether tacrolimus exposure is lowered by CYP3A5 expression cannot be judged without a CYP3A5 genotype.",
                grade,
                new DataGap { Datum = "CYP3A5 genotype (diplotype such as *1/*3, or CPIC phenotype)", Path = "$.genotypes" })
            {
                Therapy = TherapyId.Tacrolimus,
                Facts = [.. facts],
                Citations = citations,
                Detail = Detail(PharmacogenomicRecommendation.GenotypeNeeded, null, null),
            };
        }

        if (phenotype.Value.Phenotype != GenePhenotype.PoorMetabolizer)
        {
            var term = phenotype.Value.Phenotype == GenePhenotype.NormalMetabolizer ? "normal" : "intermediate";
            return new Finding(Id, mechanism, TacrolimusExpresser, FindingStatus.Supported,
                $"CYP3A5 {term} metabolizer (expresser): tacrolimus is cleared faster; {scope}: a starting dose 1.5-2 times standard, at most 0.3 mg/kg/day, with drug-level monitoring. Low exposure can look like resistance.",
                grade)
            {
                Therapy = TherapyId.Tacrolimus,
                Facts = [.. facts],
                Citations = citations,
                Detail = Detail(PharmacogenomicRecommendation.IncreasedStartingDose, definitions.TacrolimusExpresserFraction, definitions.TacrolimusMaxMilligramsPerKilogramPerDay),
            };
        }

        return new Finding(Id, mechanism, TacrolimusNonExpresser, FindingStatus.NotSupported,
            $"CYP3A5 poor metabolizer (non-expresser): standard tacrolimus dosing reaches target exposure ({scope}).",
            grade)
        {
            Therapy = TherapyId.Tacrolimus,
            Facts = [.. facts],
            Citations = citations,
            Detail = Detail(PharmacogenomicRecommendation.StandardStartingDose, Dosing.One, null),
        };
    }

    private Finding Fcgr3a(PatientProfile patient, DateOnly asOf, string coursePath)
    {
        var fcgr3a = ProfileQueries.LatestGenotype(patient, GeneSymbol.Fcgr3a, asOf);
        var citations = Descriptor.Sources[2..3];
        var mechanism = LupusMechanisms.Fcgr3aRituximab;
        var carrier = fcgr3a is { } found ? IsFcgr3a158FCarrier(found.Result.Diplotype) : null;
        string[] facts = fcgr3a is { } g ? [coursePath, g.Path] : [coursePath];
        return carrier switch
        {
            true => new Finding(Id, mechanism, Fcgr3aCarrier, FindingStatus.Supported,
                "FCGR3A 158F carrier: lower-affinity FcγRIIIa predicted less complete B-cell depletion after rituximab in SLE.",
                EvidenceGrade.CaseSeries)
            {
                Therapy = TherapyId.Rituximab,
                Facts = [.. facts],
                Citations = citations,
                Effects = [LupusEvidence.RituximabFcgr3a],
            },
            false => new Finding(Id, mechanism, Fcgr3aVv, FindingStatus.NotSupported,
                "FCGR3A 158V/V: the higher-affinity receptor does not explain poor B-cell depletion.",
                EvidenceGrade.CaseSeries)
            {
                Therapy = TherapyId.Rituximab,
                Facts = [.. facts],
                Citations = citations,
                Effects = [LupusEvidence.RituximabFcgr3a],
            },
            null => new Finding(Id, mechanism, Fcgr3aMissing, FindingStatus.Unknown,
                "Whether FCGR3A genotype limits rituximab's B-cell depletion cannot be judged without the 158V/F genotype.",
                EvidenceGrade.CaseSeries,
                new DataGap { Datum = "FCGR3A 158V/F genotype (rs396991) written as V/V, V/F or F/F", Path = "$.genotypes" })
            {
                Therapy = TherapyId.Rituximab,
                Facts = [.. facts],
                Citations = citations,
            },
        };
    }

    private static string[] Paths(params (GenotypeResult Result, string Path)?[] results) =>
        [.. results.Where(r => r is not null).Select(r => r!.Value.Path)];

    private static Metabolizer Classify(GenePhenotype? phenotype)
    {
        if (phenotype is not { } p)
        {
            return Metabolizer.Unknown;
        }

        if (p.IsNormalFunction)
        {
            return Metabolizer.Normal;
        }

        if (p.IsIntermediateFunction)
        {
            return Metabolizer.Intermediate;
        }

        if (p == GenePhenotype.PoorMetabolizer)
        {
            return Metabolizer.Poor;
        }

        return p == GenePhenotype.Indeterminate ? Metabolizer.Indeterminate : Metabolizer.Unknown;
    }

    private static (BodyWeight Weight, DateOnly On, string Path)? LatestWeight(PatientProfile patient, DateOnly asOf)
    {
        (BodyWeight Weight, DateOnly On, string Path)? latest = null;
        for (var i = 0; i < patient.BodyWeights.Length; i++)
        {
            if (patient.BodyWeights[i] is { } w && w.On <= asOf && (latest is null || w.On >= latest.Value.On))
            {
                latest = (w.Weight, w.On, ProfilePaths.Element(ProfilePaths.BodyWeights, i));
            }
        }

        return latest;
    }

    private static PharmacogenomicPhenotype Reported(GeneSymbol gene, (GenotypeResult Result, string Path)? genotype) => new()
    {
        Gene = gene,
        Phenotype = CpicTerm(genotype?.Result.Phenotype),
        Genotype = genotype?.Path,
    };

    // The phenotype in CPIC's current terms: "extensive" (the pre-2017 wording) is read as normal; terms the evaluator
    // does not use for these genes are left out.
    private static GenePhenotype? CpicTerm(GenePhenotype? phenotype) => Classify(phenotype) switch
    {
        Metabolizer.Normal => GenePhenotype.NormalMetabolizer,
        Metabolizer.Intermediate => phenotype,
        Metabolizer.Poor => GenePhenotype.PoorMetabolizer,
        Metabolizer.Indeterminate => GenePhenotype.Indeterminate,
        _ => null,
    };

    /// <summary>
    /// The CYP3A5 phenotype in CPIC's terms (Birdwell 2015): the reported phenotype when it is one of normal (or
    /// extensive), intermediate, possible intermediate or poor; else from the diplotype: *1/*1 normal; *1/*3, *1/*6,
    /// *1/*7 intermediate; *3/*3, *6/*6, *7/*7, *3/*6, *3/*7, *6/*7 poor.
    /// </summary>
    internal static (GenePhenotype Phenotype, bool FromDiplotype)? Cyp3a5Phenotype(GenotypeResult result)
    {
        if (Classify(result.Phenotype) is Metabolizer.Normal or Metabolizer.Intermediate or Metabolizer.Poor)
        {
            return (CpicTerm(result.Phenotype)!.Value, false);
        }

        if (result.Diplotype is not { } diplotype)
        {
            return null;
        }

        var alleles = diplotype.Replace(" ", string.Empty, StringComparison.Ordinal).Split('/');
        if (alleles.Length != 2 || !alleles.All(a => a is "*1" or "*3" or "*6" or "*7"))
        {
            return null;
        }

        var functional = alleles.Count(a => a == "*1");
        var phenotype = functional switch
        {
            2 => GenePhenotype.NormalMetabolizer,
            1 => GenePhenotype.IntermediateMetabolizer,
            _ => GenePhenotype.PoorMetabolizer,
        };
        return (phenotype, true);
    }

    /// <summary>
    /// CYP3A5 expresser status from the CPIC phenotype, or from the diplotype when no phenotype is given: *1/*1, *1/*3,
    /// *1/*6 and *1/*7 express the enzyme; *3/*3, *6/*6, *7/*7, *3/*6, *3/*7 and *6/*7 do not (Birdwell 2015).
    /// </summary>
    internal static bool? IsCyp3a5Expresser(GenotypeResult result) =>
        Cyp3a5Phenotype(result) is { } p ? p.Phenotype != GenePhenotype.PoorMetabolizer : null;

    /// <summary>FCGR3A 158F carrier status from a diplotype such as <c>158V/F</c>, <c>V/F</c> or <c>F/F</c>.</summary>
    internal static bool? IsFcgr3a158FCarrier(string? diplotype)
    {
        if (diplotype is null)
        {
            return null;
        }

        var text = diplotype.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (text.StartsWith("158", StringComparison.Ordinal))
        {
            text = text[3..];
        }

        var alleles = text.Split('/');
        if (alleles.Length != 2 || !alleles.All(a => a is "V" or "F"))
        {
            return null;
        }

        return alleles.Contains("F");
    }
}
