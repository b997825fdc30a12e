using System.ComponentModel;

namespace KhmerRougeHistory.Api.Dates;

[Description("How precisely a source states a date, from a single day to a century.")]
public enum DatePrecision
{
    [Description("A single day.")]
    Day,
    [Description("A month.")]
    Month,
    [Description("A season of a year.")]
    Season,
    [Description("The first or second half of a year (\"early\", \"late\").")]
    HalfYear,
    [Description("A year.")]
    Year,
    [Description("A decade (\"the 1970s\").")]
    Decade,
    [Description("A century.")]
    Century,
}
