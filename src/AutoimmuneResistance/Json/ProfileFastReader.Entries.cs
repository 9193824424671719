using System.Collections.Immutable;
using System.Text.Json;

namespace AutoimmuneResistance;

// The core records read by hand, one method each: the members of ProfileFastReaderContract, by their exact JSON names,
// each at most once, the required ones present. Each method starts on the object's first token and ends on its last.
internal sealed partial class ProfileFastReader
{
    private static bool TryReadBodyWeight(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out BodyWeightMeasurement? entry)
    {
        entry = null;
        DateOnly on = default;
        BodyWeight weight = default;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("weight"u8) && seen.First(1) && reader.Read() && TryReadQuantity(ref reader, out weight);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b11))
        {
            return false;
        }

        entry = new BodyWeightMeasurement { On = on, Weight = weight };
        return true;
    }

    private static bool TryReadDiagnosis(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out Diagnosis? entry)
    {
        entry = null;
        DiseaseId disease = default;
        DateOnly? onset = null;
        ImmutableArray<ClinicalCode> codes = [];
        DiseaseFeatures? features = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("disease"u8) ? seen.First(0) && reader.Read() && TryReadIdentifier(ref reader, out disease)
                : reader.ValueTextEquals("onset"u8) ? seen.First(1) && reader.Read() && self.TryReadDate(ref reader, out onset)
                : reader.ValueTextEquals("codes"u8) ? seen.First(2) && reader.Read() && self.TryReadList(ref reader, ref state, TryReadCodeElement, out codes)
                : reader.ValueTextEquals("features"u8) && seen.First(3) && reader.Read()
                    && (reader.TokenType == JsonTokenType.Null || self.TryReadFeatures(ref reader, ref state, out features));
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1))
        {
            return false;
        }

        entry = new Diagnosis { Disease = disease, Onset = onset, Codes = codes, Features = features };
        return true;
    }

    private static bool TryReadCodeElement(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out ClinicalCode? code) =>
        TryReadCode(ref reader, out code);

    private static bool TryReadObservation(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out Observation? entry)
    {
        entry = null;
        DateOnly on = default;
        ClinicalCode? code = null;
        Quantity value = default;
        Quantity? low = null;
        Quantity? high = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("code"u8) ? seen.First(1) && reader.Read() && TryReadCode(ref reader, out code)
                : reader.ValueTextEquals("value"u8) ? seen.First(2) && reader.Read() && TryReadQuantity(ref reader, out value)
                : reader.ValueTextEquals("referenceLow"u8) ? seen.First(3) && reader.Read() && TryReadQuantity(ref reader, out low)
                : reader.ValueTextEquals("referenceHigh"u8) && seen.First(4) && reader.Read() && TryReadQuantity(ref reader, out high);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b111))
        {
            return false;
        }

        entry = new Observation { On = on, Code = code!, Value = value, ReferenceLow = low, ReferenceHigh = high };
        return true;
    }

    private static bool TryReadAutoantibody(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out AutoantibodyResult? entry)
    {
        entry = null;
        AutoantibodyId antibody = default;
        DateOnly? on = null;
        var positive = false;
        int? titer = null;
        Quantity? level = null;
        ClinicalCode? code = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("antibody"u8) ? seen.First(0) && reader.Read() && TryReadIdentifier(ref reader, out antibody)
                : reader.ValueTextEquals("positive"u8) ? seen.First(1) && reader.Read() && TryReadBoolean(ref reader, out positive)
                : reader.ValueTextEquals("on"u8) ? seen.First(2) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("titerDenominator"u8) ? seen.First(3) && reader.Read() && TryReadInt32(ref reader, out titer)
                : reader.ValueTextEquals("level"u8) ? seen.First(4) && reader.Read() && TryReadQuantity(ref reader, out level)
                : reader.ValueTextEquals("code"u8) && seen.First(5) && reader.Read() && TryReadOptionalCode(ref reader, out code);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b11))
        {
            return false;
        }

        entry = new AutoantibodyResult { Antibody = antibody, On = on, Positive = positive, TiterDenominator = titer, Level = level, Code = code };
        return true;
    }

    private static bool TryReadGenotype(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out GenotypeResult? entry)
    {
        entry = null;
        GeneSymbol gene = default;
        string? diplotype = null;
        GenePhenotype? phenotype = null;
        DateOnly? on = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("gene"u8) ? seen.First(0) && reader.Read() && TryReadIdentifier(ref reader, out gene)
                : reader.ValueTextEquals("diplotype"u8) ? seen.First(1) && reader.Read() && TryReadString(ref reader, out diplotype)
                : reader.ValueTextEquals("phenotype"u8) ? seen.First(2) && reader.Read() && TryReadIdentifier(ref reader, out phenotype)
                : reader.ValueTextEquals("on"u8) && seen.First(3) && reader.Read() && self.TryReadDate(ref reader, out on);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1))
        {
            return false;
        }

        entry = new GenotypeResult { Gene = gene, Diplotype = diplotype, Phenotype = phenotype, On = on };
        return true;
    }

    private static bool TryReadComorbidity(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out Comorbidity? entry)
    {
        entry = null;
        ClinicalCode? code = null;
        DateOnly? onset = null;
        DateOnly? resolved = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("code"u8) ? seen.First(0) && reader.Read() && TryReadCode(ref reader, out code)
                : reader.ValueTextEquals("onset"u8) ? seen.First(1) && reader.Read() && self.TryReadDate(ref reader, out onset)
                : reader.ValueTextEquals("resolved"u8) && seen.First(2) && reader.Read() && self.TryReadDate(ref reader, out resolved);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1))
        {
            return false;
        }

        entry = new Comorbidity { Code = code!, Onset = onset, Resolved = resolved };
        return true;
    }

    private static bool TryReadExposure(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out Exposure? entry)
    {
        entry = null;
        ExposureKind kind = default;
        ExposureStatus status = default;
        DateOnly? from = null;
        DateOnly? to = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("kind"u8) ? seen.First(0) && reader.Read() && TryReadIdentifier(ref reader, out kind)
                : reader.ValueTextEquals("status"u8) ? seen.First(1) && reader.Read() && self.TryReadEnum(ref reader, self._exposureStatus, out status)
                : reader.ValueTextEquals("from"u8) ? seen.First(2) && reader.Read() && self.TryReadDate(ref reader, out from)
                : reader.ValueTextEquals("to"u8) && seen.First(3) && reader.Read() && self.TryReadDate(ref reader, out to);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b11))
        {
            return false;
        }

        entry = new Exposure { Kind = kind, Status = status, From = from, To = to };
        return true;
    }

    private static bool TryReadDrugLevel(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out DrugLevel? entry)
    {
        entry = null;
        DateOnly on = default;
        TherapyId therapy = default;
        SampleMatrix matrix = default;
        Concentration level = default;
        ClinicalCode? code = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("therapy"u8) ? seen.First(1) && reader.Read() && TryReadIdentifier(ref reader, out therapy)
                : reader.ValueTextEquals("matrix"u8) ? seen.First(2) && reader.Read() && self.TryReadEnum(ref reader, self._matrix, out matrix)
                : reader.ValueTextEquals("level"u8) ? seen.First(3) && reader.Read() && TryReadQuantity(ref reader, out level)
                : reader.ValueTextEquals("code"u8) && seen.First(4) && reader.Read() && TryReadOptionalCode(ref reader, out code);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1111))
        {
            return false;
        }

        entry = new DrugLevel { On = on, Therapy = therapy, Matrix = matrix, Level = level, Code = code };
        return true;
    }

    private static bool TryReadRefill(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out RefillAdherence? entry)
    {
        entry = null;
        TherapyId therapy = default;
        DateOnly from = default;
        DateOnly to = default;
        Percentage covered = default;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("therapy"u8) ? seen.First(0) && reader.Read() && TryReadIdentifier(ref reader, out therapy)
                : reader.ValueTextEquals("from"u8) ? seen.First(1) && reader.Read() && self.TryReadDate(ref reader, out from)
                : reader.ValueTextEquals("to"u8) ? seen.First(2) && reader.Read() && self.TryReadDate(ref reader, out to)
                : reader.ValueTextEquals("proportionOfDaysCovered"u8) && seen.First(3) && reader.Read() && TryReadQuantity(ref reader, out covered);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1111))
        {
            return false;
        }

        entry = new RefillAdherence { Therapy = therapy, From = from, To = to, ProportionOfDaysCovered = covered };
        return true;
    }

    private static bool TryReadAntiDrugAntibody(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out AntiDrugAntibodyResult? entry)
    {
        entry = null;
        DateOnly on = default;
        TherapyId therapy = default;
        var positive = false;
        Quantity? level = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("therapy"u8) ? seen.First(1) && reader.Read() && TryReadIdentifier(ref reader, out therapy)
                : reader.ValueTextEquals("positive"u8) ? seen.First(2) && reader.Read() && TryReadBoolean(ref reader, out positive)
                : reader.ValueTextEquals("level"u8) && seen.First(3) && reader.Read() && TryReadQuantity(ref reader, out level);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b111))
        {
            return false;
        }

        entry = new AntiDrugAntibodyResult { On = on, Therapy = therapy, Positive = positive, Level = level };
        return true;
    }

    // The reader is past "$kind": "core.recorded-score".
    private bool TryReadRecordedScore(ref Utf8JsonReader reader, out RecordedScore? entry)
    {
        entry = null;
        DateOnly on = default;
        InstrumentId instrument = default;
        decimal score = 0m;
        var seen = new Seen();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("instrument"u8) ? seen.First(1) && reader.Read() && TryReadIdentifier(ref reader, out instrument)
                : reader.ValueTextEquals("score"u8) && seen.First(2) && reader.Read() && TryReadDecimal(ref reader, out score);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b111))
        {
            return false;
        }

        entry = new RecordedScore { On = on, Instrument = instrument, Score = score };
        return true;
    }

    // The object closed with every required member read.
    private static bool End(ref Utf8JsonReader reader, Seen seen, int required) =>
        reader.TokenType == JsonTokenType.EndObject && seen.Has(required);
}
