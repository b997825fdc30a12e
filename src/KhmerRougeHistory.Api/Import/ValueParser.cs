using System.Globalization;
using KhmerRougeHistory.Api.Claims;
using KhmerRougeHistory.Api.Dates;
using KhmerRougeHistory.Api.Import.Records;
using KhmerRougeHistory.Api.Subjects;

namespace KhmerRougeHistory.Api.Import;

/// <summary>Checks that a claim's value has exactly one form, the form its property expects, and a sound shape.</summary>
internal static class ValueParser
{
    public static ParsedValue? Parse(
        ValueRecord value, PropertyDefinition definition, IReadOnlyDictionary<string, Subject> subjects, ProblemLocation at, List<string> problems)
    {
        var forms = new (ValueKind Kind, bool Set)[]
        {
            (ValueKind.Quantity, value.Quantity is not null),
            (ValueKind.Date, value.Date is not null),
            (ValueKind.Text, value.Text is not null),
            (ValueKind.Entity, value.Entity is not null),
        }.Where(f => f.Set).Select(f => f.Kind).ToList();

        if (forms.Count != 1)
        {
            problems.Add(at.Field("value", $"must have exactly one of quantity, date, text or entity; it has {forms.Count}."));
            return null;
        }

        if (forms[0] != definition.ValueKind)
        {
            problems.Add(at.Field("value", $"the property takes a {definition.ValueKind.ToString().ToLowerInvariant()} value, not a {forms[0].ToString().ToLowerInvariant()}."));
            return null;
        }

        return forms[0] switch
        {
            ValueKind.Quantity => Quantity(value.Quantity!, at, problems),
            ValueKind.Date => Date(value.Date!, at, problems),
            ValueKind.Text => TextValue(value.Text!, at, problems),
            _ => Entity(value.Entity!, definition, subjects, at, problems),
        };
    }

    private static ParsedValue? Quantity(QuantityRecord q, ProblemLocation at, List<string> problems)
    {
        if (!EnumText.TryParse<Certainty>(q.Certainty, out var certainty) || certainty == Certainty.Uncertain)
        {
            problems.Add(at.Field("value.quantity.certainty", EnumText.Expected<Certainty>(q.Certainty)));
            return null;
        }

        var shapeProblem = certainty switch
        {
            Certainty.Range when q.Lower is null || q.Upper is null || q.Amount is not null => "a Range needs lower and upper and no amount.",
            Certainty.Range when q.Lower > q.Upper => "lower is greater than upper.",
            Certainty.Vague when q.Amount is not null => "a Vague quantity has no amount (only the bounds its words imply).",
            Certainty.Vague when q.Lower > q.Upper => "lower is greater than upper.",
            not (Certainty.Range or Certainty.Vague) when q.Amount is null || q.Lower is not null || q.Upper is not null =>
                $"a {certainty} quantity needs an amount and no bounds.",
            _ => null,
        };
        if (shapeProblem is not null || string.IsNullOrWhiteSpace(q.Unit))
        {
            problems.Add(at.Field("value.quantity", shapeProblem ?? "needs a unit."));
            return null;
        }

        // "about 20,000" and "20,000" are one value in two wordings; a date's EDTF carries its own qualification.
        var identity = string.Join('|', "q", N(q.Amount), N(q.Lower), N(q.Upper), q.Unit);
        var canonical = string.Join('|', "q", certainty, N(q.Amount), N(q.Lower), N(q.Upper), q.Unit);
        return new ParsedValue(ValueKind.Quantity, certainty, canonical, identity, Amount: q.Amount, Lower: q.Lower, Upper: q.Upper, Unit: q.Unit);
    }

    private static ParsedValue? Date(string edtf, ProblemLocation at, List<string> problems)
    {
        if (!EdtfParser.TryParse(edtf, out var date, out var error))
        {
            problems.Add(at.Field("value.date", error!));
            return null;
        }

        var certainty = date!.Uncertain ? Certainty.Uncertain : date.Approximate ? Certainty.Approximate : date.IsInterval ? Certainty.Range : Certainty.Stated;
        return new ParsedValue(ValueKind.Date, certainty, "d|" + edtf, "d|" + edtf, Date: date);
    }

    private static ParsedValue? TextValue(string text, ProblemLocation at, List<string> problems)
    {
        var before = problems.Count;
        Text.Require(text, "value.text", at, problems);
        return problems.Count == before ? new ParsedValue(ValueKind.Text, Certainty.Stated, "t|" + text, "t|" + text, Text: text) : null;
    }

    private static ParsedValue? Entity(
        string key, PropertyDefinition definition, IReadOnlyDictionary<string, Subject> subjects, ProblemLocation at, List<string> problems)
    {
        if (!subjects.TryGetValue(key, out var target))
        {
            problems.Add(at.Field("value.entity", $"'{key}' is not a known entity."));
            return null;
        }

        if (definition.Targets is { } targets && !targets.Contains(target.Type))
        {
            problems.Add(at.Field("value.entity", $"'{key}' is a {target.Type}; the property points at {string.Join(" or ", targets)}."));
            return null;
        }

        return new ParsedValue(ValueKind.Entity, Certainty.Stated, "e|" + key, "e|" + key, EntityKey: key);
    }

    private static string N(double? number) => number?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
