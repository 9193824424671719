namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The SLEDAI-2K descriptors derived from laboratory and physiological observations: which LOINC code feeds which
/// descriptor, and the glossary's threshold with its exact operator.
/// </summary>
/// <remarks>
/// <para>
/// Thresholds: the SLEDAI-2K glossary (Gladman DD, Ibañez D, Urowitz MB. Systemic lupus erythematosus disease activity
/// index 2000. J Rheumatol 2002;29(2):288-91, PMID 11838846, no DOI), read in two secondary reproductions that agree
/// (medicalcriteria.com and the pediatriconcall SLEDAI-2K calculator; project clinical reference §1.1, tag [S]):
/// thrombocytopenia &lt; 100 × 10⁹/L, leukopenia &lt; 3 × 10⁹/L, haematuria &gt; 5 red cells per high-power field,
/// pyuria &gt; 5 white cells per high-power field, proteinuria &gt; 0.5 g/24 h, fever &gt; 38 °C, low complement
/// (C3 or C4 below the testing laboratory's lower limit of normal), increased DNA binding (anti-dsDNA above the testing
/// laboratory's normal range). The SLE-DAS calculator (sle-das.eu) and an Annals of the Rheumatic Diseases table of its
/// items reproduce the same platelet and white-cell limits and the same complement and anti-dsDNA rules. The primary
/// glossary table itself was not readable: every threshold here is tagged [S] (two agreeing secondary sources).
/// </para>
/// <para>
/// LOINC codes: 777-3, 6690-2, 2889-4, 4485-9, 4498-2 and 5130-0 as confirmed in the project's code review; 13945-1
/// (erythrocytes per high-power field in urine sediment), 5821-4 (leukocytes per high-power field in urine sediment),
/// both with the UCUM unit <c>/[HPF]</c>, read in the HL7 US Core and International Patient Summary example
/// observations; 8310-5 (body temperature) is the code the FHIR body-temperature vital-sign profile fixes.
/// </para>
/// <para>
/// Not derived: urinary casts (a qualitative finding, entered), CH50 (no code confirmed; enter <c>low-complement</c>),
/// and the spot protein/creatinine ratio (LOINC 2890-2): the glossary threshold is per 24 hours and a ratio never
/// converts to a 24-hour excretion (see <see cref="Proteinuria"/>), so a ratio is reported as not used.
/// </para>
/// <para>
/// Exclusions (haematuria from stone, infection or another cause; pyuria from infection; fever from infection;
/// thrombocytopenia and leukopenia from drugs) are the assessor's: list the descriptor in
/// <see cref="Sledai2kVisit.OtherCause"/> and a derived finding is recorded as due to another cause, never scored.
/// </para>
/// </remarks>
public static class Sledai2kLaboratory
{
    /// <summary>LOINC 777-3, platelets in blood by automated count (×10⁹/L): thrombocytopenia.</summary>
    public const string PlateletsLoinc = "777-3";

    /// <summary>LOINC 6690-2, leukocytes in blood by automated count (×10⁹/L): leukopenia.</summary>
    public const string LeukocytesLoinc = "6690-2";

    /// <summary>LOINC 13945-1, erythrocytes per high-power field in urine sediment (/[HPF]): haematuria.</summary>
    public const string UrineRedCellsLoinc = "13945-1";

    /// <summary>LOINC 5821-4, leukocytes per high-power field in urine sediment (/[HPF]): pyuria.</summary>
    public const string UrineWhiteCellsLoinc = "5821-4";

    /// <summary>LOINC 2889-4, protein in 24-hour urine (g/(24.h)): proteinuria.</summary>
    public const string UrineProtein24HourLoinc = "2889-4";

    /// <summary>LOINC 8310-5, body temperature (Cel or [degF]): fever.</summary>
    public const string BodyTemperatureLoinc = "8310-5";

    /// <summary>LOINC 4485-9, complement C3 in serum or plasma: low complement, against the laboratory's lower limit.</summary>
    public const string ComplementC3Loinc = "4485-9";

    /// <summary>LOINC 4498-2, complement C4 in serum or plasma: low complement, against the laboratory's lower limit.</summary>
    public const string ComplementC4Loinc = "4498-2";

    /// <summary>LOINC 5130-0, anti-dsDNA in serum: increased DNA binding, against the laboratory's upper limit.</summary>
    public const string AntiDsDnaLoinc = "5130-0";

    /// <summary>Thrombocytopenia: platelets strictly below 100 × 10⁹/L.</summary>
    public const decimal ThrombocytopeniaBelow = 100m;

    /// <summary>Leukopenia: white cells strictly below 3 × 10⁹/L.</summary>
    public const decimal LeukopeniaBelow = 3m;

    /// <summary>Haematuria: strictly more than 5 red cells per high-power field.</summary>
    public const decimal HematuriaAbove = 5m;

    /// <summary>Pyuria: strictly more than 5 white cells per high-power field.</summary>
    public const decimal PyuriaAbove = 5m;

    /// <summary>Proteinuria: strictly more than 0.5 g per 24 hours.</summary>
    public const decimal ProteinuriaAbove = 0.5m;

    /// <summary>Fever: strictly above 38 °C (100.4 °F).</summary>
    public const decimal FeverAboveCelsius = 38m;

    /// <summary>Returns the descriptor an observation code feeds.</summary>
    /// <param name="code">The observation's code.</param>
    /// <returns>The descriptor, or <see langword="null"/> when SLEDAI-2K derives nothing from the code.</returns>
    public static Sledai2kDescriptor? DescriptorOf(ClinicalCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.CodeSystem != CodeSystem.Loinc ? null : code.Code switch
        {
            PlateletsLoinc => Sledai2kDescriptor.Thrombocytopenia,
            LeukocytesLoinc => Sledai2kDescriptor.Leukopenia,
            UrineRedCellsLoinc => Sledai2kDescriptor.Hematuria,
            UrineWhiteCellsLoinc => Sledai2kDescriptor.Pyuria,
            UrineProtein24HourLoinc => Sledai2kDescriptor.Proteinuria,
            BodyTemperatureLoinc => Sledai2kDescriptor.Fever,
            ComplementC3Loinc or ComplementC4Loinc => Sledai2kDescriptor.LowComplement,
            AntiDsDnaLoinc => Sledai2kDescriptor.IncreasedDnaBinding,
            _ => null,
        };
    }

    /// <summary>Reads one observation: the descriptor it feeds and whether it meets the glossary's definition.</summary>
    internal static LabReading Read(Observation observation, out Sledai2kDescriptor descriptor)
    {
        descriptor = default;
        if (DescriptorOf(observation.Code) is not { } fed)
        {
            return LabReading.NotUsed;
        }

        descriptor = fed;
        var value = observation.Value;
        switch (fed)
        {
            case Sledai2kDescriptor.Thrombocytopenia:
            case Sledai2kDescriptor.Leukopenia:
            {
                if (!CellCount.TryCreate(value.Value, value.Unit, out var count))
                {
                    return LabReading.UnitNotAccepted;
                }

                var limit = fed == Sledai2kDescriptor.Thrombocytopenia ? ThrombocytopeniaBelow : LeukopeniaBelow;
                return count.Value < limit ? LabReading.Meets : LabReading.DoesNotMeet;
            }

            case Sledai2kDescriptor.Hematuria:
            case Sledai2kDescriptor.Pyuria:
                if (value.Unit != QuantityUnit.PerHighPowerField)
                {
                    return LabReading.UnitNotAccepted;
                }

                return value.Value > (fed == Sledai2kDescriptor.Hematuria ? HematuriaAbove : PyuriaAbove) ? LabReading.Meets : LabReading.DoesNotMeet;

            case Sledai2kDescriptor.Proteinuria:
                if (value.Unit != QuantityUnit.GramPer24Hours || !Proteinuria.TryCreate(value.Value, value.Unit, out var protein))
                {
                    return LabReading.UnitNotAccepted;
                }

                return protein.Value > ProteinuriaAbove ? LabReading.Meets : LabReading.DoesNotMeet;

            case Sledai2kDescriptor.Fever:
                if (!Temperature.TryCreate(value.Value, value.Unit, out var temperature))
                {
                    return LabReading.UnitNotAccepted;
                }

                return temperature > Temperature.Celsius(FeverAboveCelsius) ? LabReading.Meets : LabReading.DoesNotMeet;

            case Sledai2kDescriptor.LowComplement:
                if (!value.IsSpecified)
                {
                    return LabReading.UnitNotAccepted;
                }

                return observation.ReferenceLow is { } low && low.TryConvertTo(value.Unit, out var lowInUnit)
                    ? value.Value < lowInUnit.Value ? LabReading.Meets : LabReading.DoesNotMeet
                    : LabReading.ReferenceLimitMissing;

            default: // increased DNA binding
                if (!value.IsSpecified)
                {
                    return LabReading.UnitNotAccepted;
                }

                return observation.ReferenceHigh is { } high && high.TryConvertTo(value.Unit, out var highInUnit)
                    ? value.Value > highInUnit.Value ? LabReading.Meets : LabReading.DoesNotMeet
                    : LabReading.ReferenceLimitMissing;
        }
    }
}

/// <summary>What an observation says about its SLEDAI-2K descriptor.</summary>
internal enum LabReading
{
    /// <summary>SLEDAI-2K derives nothing from the observation's code.</summary>
    NotUsed = 1,

    /// <summary>The unit does not fit the code (for example platelets in mg/dL, or a protein/creatinine ratio as 24-hour protein).</summary>
    UnitNotAccepted = 2,

    /// <summary>Complement or anti-dsDNA without the laboratory limit the rule compares with (or one in a unit that does not convert).</summary>
    ReferenceLimitMissing = 3,

    /// <summary>The value meets the descriptor's definition.</summary>
    Meets = 4,

    /// <summary>The value was measured and does not meet the definition.</summary>
    DoesNotMeet = 5,
}
