namespace AutoimmuneResistance;

/// <summary>The physical dimension of a <see cref="QuantityUnit"/>; units convert only within one dimension.</summary>
internal enum UnitDimension
{
    None = 0,
    Mass,
    MassPerBodyMass,
    MassConcentration,
    SubstanceConcentration,
    ArbitraryConcentration,
    ProteinExcretionRate,
    ProteinCreatinineRatio,
    Proportion,
    NumberConcentration,
    Temperature,
    BodyMass,
    FiltrationRate,
    CountPerField,
    Pressure,
    CatalyticConcentration,
    Length,
}

/// <summary>Fixed-factor unit conversions, all in <see cref="decimal"/>.</summary>
internal static class UnitConversion
{
    /// <summary>One pound (avoirdupois) in kilograms, exact by the 1959 international yard and pound agreement.</summary>
    internal const decimal KilogramsPerPound = 0.45359237m;

    private const decimal One = 1.0000000000000000000000000000m;

    internal static UnitDimension GetDimension(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Milligram or QuantityUnit.Gram or QuantityUnit.Microgram => UnitDimension.Mass,
        QuantityUnit.MilligramPerKilogram => UnitDimension.MassPerBodyMass,
        QuantityUnit.NanogramPerMilliliter or QuantityUnit.MicrogramPerLiter or QuantityUnit.MilligramPerLiter
            or QuantityUnit.MilligramPerDeciliter or QuantityUnit.GramPerLiter or QuantityUnit.GramPerDeciliter
            or QuantityUnit.PicogramPerMilliliter
            => UnitDimension.MassConcentration,
        QuantityUnit.MicromolePerLiter => UnitDimension.SubstanceConcentration,
        QuantityUnit.InternationalUnitPerMilliliter => UnitDimension.ArbitraryConcentration,
        QuantityUnit.GramPer24Hours => UnitDimension.ProteinExcretionRate,
        QuantityUnit.MilligramPerMillimole or QuantityUnit.GramPerGram => UnitDimension.ProteinCreatinineRatio,
        QuantityUnit.Percent => UnitDimension.Proportion,
        QuantityUnit.BillionPerLiter => UnitDimension.NumberConcentration,
        QuantityUnit.DegreeCelsius or QuantityUnit.DegreeFahrenheit => UnitDimension.Temperature,
        QuantityUnit.Kilogram or QuantityUnit.Pound => UnitDimension.BodyMass,
        QuantityUnit.MilliliterPerMinutePer1_73SquareMeter => UnitDimension.FiltrationRate,
        QuantityUnit.PerHighPowerField => UnitDimension.CountPerField,
        QuantityUnit.MillimeterOfMercury => UnitDimension.Pressure,
        QuantityUnit.UnitPerLiter => UnitDimension.CatalyticConcentration,
        QuantityUnit.Meter => UnitDimension.Length,
        _ => UnitDimension.None,
    };

    /// <summary>
    /// Converts between two units of the same dimension when the factor is fixed and needs no analyte:
    /// mass (mg, g, ug), mass concentration (ng/mL = ug/L, mg/L, mg/dL, g/L, g/dL), temperature (Cel, [degF])
    /// and body mass (kg, [lb_av]). The result carries no trailing zeros.
    /// </summary>
    /// <returns><see langword="false"/> when the units are in different dimensions, need an analyte, or the result overflows.</returns>
    internal static bool TryConvert(decimal value, QuantityUnit from, QuantityUnit to, out decimal result)
    {
        result = 0m;
        if (from == to && QuantityUnits.IsDefined(from))
        {
            result = Normalize(value);
            return true;
        }

        try
        {
            if (from == QuantityUnit.DegreeCelsius && to == QuantityUnit.DegreeFahrenheit)
            {
                result = Normalize((value * 1.8m) + 32m);
                return true;
            }

            if (from == QuantityUnit.DegreeFahrenheit && to == QuantityUnit.DegreeCelsius)
            {
                result = Normalize((value - 32m) / 1.8m);
                return true;
            }

            if (!TryGetLinearFactor(from, out var fromDimension, out var fromFactor)
                || !TryGetLinearFactor(to, out var toDimension, out var toFactor)
                || fromDimension != toDimension)
            {
                return false;
            }

            // Multiply first, then divide: every factor is exact, so only the division can round.
            result = Normalize(value * fromFactor / toFactor);
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    /// <summary>Removes trailing zeros (7.50 becomes 7.5) without changing the value.</summary>
    /// <remarks>
    /// Decimal division returns the smallest scale that represents the exact quotient, so dividing by a one with 28
    /// zeros after the point strips the zeros. Every quantity is normalized when it is created, so the common cases skip
    /// the 96-bit division: a non-zero whole number, or a mantissa whose last digit is not zero, is already in that
    /// form; otherwise the zeros are stripped from the mantissa, which gives the quotient exactly. Zero keeps the
    /// division (its sign and scale are the division's business).
    /// </remarks>
    internal static decimal Normalize(decimal value)
    {
        if (value == 0m)
        {
            return value / One;
        }

        var scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        if (mantissa % 10 != 0)
        {
            return value;
        }

        do
        {
            mantissa /= 10;
            scale--;
        }
        while (scale > 0 && mantissa % 10 == 0);

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), value < 0m, (byte)scale);
    }

    // The factor takes a value in the unit to the dimension's base unit (mg, ng/mL or kg).
    private static bool TryGetLinearFactor(QuantityUnit unit, out UnitDimension dimension, out decimal factor)
    {
        (dimension, factor) = unit switch
        {
            QuantityUnit.Milligram => (UnitDimension.Mass, 1m),
            QuantityUnit.Gram => (UnitDimension.Mass, 1_000m),
            QuantityUnit.Microgram => (UnitDimension.Mass, 0.001m),
            QuantityUnit.NanogramPerMilliliter => (UnitDimension.MassConcentration, 1m),
            QuantityUnit.MicrogramPerLiter => (UnitDimension.MassConcentration, 1m),
            QuantityUnit.MilligramPerLiter => (UnitDimension.MassConcentration, 1_000m),
            QuantityUnit.MilligramPerDeciliter => (UnitDimension.MassConcentration, 10_000m),
            QuantityUnit.GramPerLiter => (UnitDimension.MassConcentration, 1_000_000m),
            QuantityUnit.GramPerDeciliter => (UnitDimension.MassConcentration, 10_000_000m),
            QuantityUnit.PicogramPerMilliliter => (UnitDimension.MassConcentration, 0.001m),
            QuantityUnit.Kilogram => (UnitDimension.BodyMass, 1m),
            QuantityUnit.Pound => (UnitDimension.BodyMass, KilogramsPerPound),
            _ => (UnitDimension.None, 0m),
        };
        return dimension != UnitDimension.None;
    }
}
