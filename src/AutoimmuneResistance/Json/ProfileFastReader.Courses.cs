using System.Collections.Immutable;
using System.Text.Json;

namespace AutoimmuneResistance;

// Therapy courses and their parts, read by hand with the same rules as the other records (the members of
// ProfileFastReaderContract, by their exact JSON names, each at most once, the required ones present, null only where
// the model's member is nullable). The source-generated metadata read each course, regimen and dose change through
// System.Text.Json's parameterized-constructor path (argument arrays, boxed members, a bit array per object), which made
// the courses read at about six raw passes; they are the largest part of a lupus profile after its module assessments.
internal sealed partial class ProfileFastReader
{
    private static bool TryReadCourse(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out TherapyCourse? entry)
    {
        entry = null;
        TherapyId therapy = default;
        TherapyClass therapyClass = default;
        ClinicalCode? code = null;
        Route? route = null;
        DoseRegimen? regimen = null;
        ImmutableArray<DoseChange> changes = [];
        ImmutableArray<Administration> administered = [];
        DateOnly start = default;
        DateOnly? end = null;
        StopReason? stopReason = null;
        DiseaseId? indication = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("therapy"u8) ? seen.First(0) && reader.Read() && TryReadIdentifier(ref reader, out therapy)
                : reader.ValueTextEquals("class"u8) ? seen.First(1) && reader.Read() && TryReadIdentifier(ref reader, out therapyClass)
                : reader.ValueTextEquals("start"u8) ? seen.First(2) && reader.Read() && self.TryReadDate(ref reader, out start)
                : reader.ValueTextEquals("code"u8) ? seen.First(3) && reader.Read() && TryReadOptionalCode(ref reader, out code)
                : reader.ValueTextEquals("route"u8) ? seen.First(4) && reader.Read() && TryReadIdentifier(ref reader, out route)
                : reader.ValueTextEquals("regimen"u8) ? seen.First(5) && reader.Read() && TryReadOptionalRegimen(ref reader, out regimen)
                : reader.ValueTextEquals("doseChanges"u8) ? seen.First(6) && reader.Read() && self.TryReadList(ref reader, ref state, TryReadDoseChange, out changes)
                : reader.ValueTextEquals("administered"u8) ? seen.First(7) && reader.Read() && self.TryReadList(ref reader, ref state, TryReadAdministration, out administered)
                : reader.ValueTextEquals("end"u8) ? seen.First(8) && reader.Read() && self.TryReadDate(ref reader, out end)
                : reader.ValueTextEquals("stopReason"u8) ? seen.First(9) && reader.Read() && self.TryReadOptionalEnum(ref reader, self._stopReason, out stopReason)
                : reader.ValueTextEquals("indication"u8) && seen.First(10) && reader.Read() && TryReadIdentifier(ref reader, out indication);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b111))
        {
            return false;
        }

        entry = new TherapyCourse
        {
            Therapy = therapy,
            Class = therapyClass,
            Code = code,
            Route = route,
            Regimen = regimen,
            DoseChanges = changes,
            Administered = administered,
            Start = start,
            End = end,
            StopReason = stopReason,
            Indication = indication,
        };
        return true;
    }

    private static bool TryReadDoseChange(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out DoseChange? entry)
    {
        entry = null;
        DateOnly on = default;
        DoseRegimen? regimen = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("regimen"u8) && seen.First(1) && reader.Read() && TryReadRegimen(ref reader, out regimen);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b11))
        {
            return false;
        }

        entry = new DoseChange { On = on, Regimen = regimen! };
        return true;
    }

    private static bool TryReadAdministration(ProfileFastReader self, ref Utf8JsonReader reader, ref ReadState state, out Administration? entry)
    {
        entry = null;
        DateOnly on = default;
        var reaction = false;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("on"u8) ? seen.First(0) && reader.Read() && self.TryReadDate(ref reader, out on)
                : reader.ValueTextEquals("reaction"u8) && seen.First(1) && reader.Read() && TryReadBoolean(ref reader, out reaction);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1))
        {
            return false;
        }

        entry = new Administration { On = on, Reaction = reaction };
        return true;
    }

    private static bool TryReadOptionalRegimen(ref Utf8JsonReader reader, out DoseRegimen? regimen)
    {
        regimen = null;
        return reader.TokenType == JsonTokenType.Null || TryReadRegimen(ref reader, out regimen);
    }

    // DoseRegimen is read through its constructor: the dose is a required parameter, and an omitted administrations or
    // intervalDays takes the parameter's default, so the regimen is built by a call that leaves out what the document
    // leaves out (the source generator compiles in the same declared defaults).
    private static bool TryReadRegimen(ref Utf8JsonReader reader, out DoseRegimen? regimen)
    {
        regimen = null;
        Dose dose = default;
        int administrations = 0;
        int intervalDays = 0;
        int? total = null;
        var seen = new Seen();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok =
                reader.ValueTextEquals("dose"u8) ? seen.First(0) && reader.Read() && TryReadQuantity(ref reader, out dose)
                : reader.ValueTextEquals("administrations"u8) ? seen.First(1) && reader.Read() && TryReadInt32(ref reader, out administrations)
                : reader.ValueTextEquals("intervalDays"u8) ? seen.First(2) && reader.Read() && TryReadInt32(ref reader, out intervalDays)
                : reader.ValueTextEquals("totalAdministrations"u8) && seen.First(3) && reader.Read() && TryReadInt32(ref reader, out total);
            if (!ok)
            {
                return false;
            }
        }

        if (!End(ref reader, seen, required: 0b1))
        {
            return false;
        }

        regimen = (seen.Has(0b10), seen.Has(0b100)) switch
        {
            (true, true) => new DoseRegimen(dose, administrations, intervalDays, total),
            (true, false) => new DoseRegimen(dose, administrations, totalAdministrations: total),
            (false, true) => new DoseRegimen(dose, intervalDays: intervalDays, totalAdministrations: total),
            (false, false) => new DoseRegimen(dose, totalAdministrations: total),
        };
        return true;
    }
}
