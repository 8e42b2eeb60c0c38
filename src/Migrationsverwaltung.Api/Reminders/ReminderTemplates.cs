using System.Globalization;
using System.Net;
using Migrationsverwaltung.Domain.Reminders;

namespace Migrationsverwaltung.Api.Reminders;

/// <summary>A reminder ready to send: subject, plain text and HTML (with dir="rtl" for Persian and Arabic).</summary>
public sealed record RenderedReminder(string Language, string Subject, string Text, string Html);

/// <summary>
/// The reminder texts in de, en, fr, fa and ar. They name no person, file number or document number: only what
/// the reminder is about and its date ({0}). Every text comes from here; nothing of the person is interpolated.
/// </summary>
public static class ReminderTemplates
{
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "fr", "fa", "ar"];
    public static readonly IReadOnlyList<string> RightToLeft = ["fa", "ar"];

    private sealed record Text(string Subject, string Body);

    public static RenderedReminder Render(ReminderKind kind, string language, DateOnly about)
    {
        var lang = Languages.Contains(language) ? language : "de";
        var template = Texts[kind][lang];
        var date = about.ToString(lang switch { "de" => "dd.MM.yyyy", "en" or "fr" => "dd/MM/yyyy", _ => "yyyy-MM-dd" }, CultureInfo.InvariantCulture);
        var body = string.Format(CultureInfo.InvariantCulture, template.Body, date);
        var footer = Footer[lang];
        var dir = RightToLeft.Contains(lang) ? "rtl" : "ltr";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(template.Subject)}</title></head>
            <body dir="{dir}"><p>{WebUtility.HtmlEncode(body)}</p><p><small>{WebUtility.HtmlEncode(footer)}</small></p></body></html>
            """;
        return new RenderedReminder(lang, template.Subject, $"{body}\r\n\r\n{footer}\r\n", html);
    }

    private static readonly Dictionary<string, string> Footer = new()
    {
        ["de"] = "Diese Nachricht wurde automatisch erstellt, weil Sie Erinnerungen per E-Mail zugestimmt haben. Bitte antworten Sie nicht darauf.",
        ["en"] = "This message was created automatically because you agreed to receive reminders by e-mail. Please do not reply.",
        ["fr"] = "Ce message a été créé automatiquement parce que vous avez accepté de recevoir des rappels par e-mail. Merci de ne pas y répondre.",
        ["fa"] = "این پیام به‌طور خودکار ارسال شده است، زیرا شما با دریافت یادآوری از طریق ایمیل موافقت کرده‌اید. لطفاً به آن پاسخ ندهید.",
        ["ar"] = "تم إنشاء هذه الرسالة تلقائيًا لأنك وافقت على تلقي التذكيرات عبر البريد الإلكتروني. يرجى عدم الرد عليها.",
    };

    private static readonly Dictionary<ReminderKind, Dictionary<string, Text>> Texts = new()
    {
        [ReminderKind.TitleExpiresIn12Weeks] = TitleExpiring(),
        [ReminderKind.TitleExpiresIn8Weeks] = TitleExpiring(),
        [ReminderKind.PassportExpiresIn3Months] = new()
        {
            ["de"] = new("Ihr Pass läuft bald ab", "Ihr Pass ist nur noch bis zum {0} gültig. Bitte kümmern Sie sich rechtzeitig um einen neuen Pass und legen Sie ihn uns danach vor."),
            ["en"] = new("Your passport expires soon", "Your passport is valid only until {0}. Please obtain a new passport in good time and show it to us afterwards."),
            ["fr"] = new("Votre passeport expire bientôt", "Votre passeport n’est plus valable que jusqu’au {0}. Veuillez faire établir un nouveau passeport à temps et nous le présenter ensuite."),
            ["fa"] = new("گذرنامهٔ شما به‌زودی منقضی می‌شود", "گذرنامهٔ شما فقط تا تاریخ {0} اعتبار دارد. لطفاً به‌موقع برای دریافت گذرنامهٔ جدید اقدام کنید و سپس آن را به ما ارائه دهید."),
            ["ar"] = new("جواز سفرك سينتهي قريبًا", "جواز سفرك صالح حتى {0} فقط. يرجى استخراج جواز سفر جديد في الوقت المناسب وتقديمه إلينا بعد ذلك."),
        },
        [ReminderKind.FiktionExpiresIn2Weeks] = new()
        {
            ["de"] = new("Ihre Fiktionsbescheinigung läuft bald ab", "Ihre Fiktionsbescheinigung ist bis zum {0} gültig. Bitte wenden Sie sich vorher an Ihre Ausländerbehörde."),
            ["en"] = new("Your Fiktionsbescheinigung expires soon", "Your Fiktionsbescheinigung (provisional residence certificate) is valid until {0}. Please contact your immigration office before then."),
            ["fr"] = new("Votre Fiktionsbescheinigung expire bientôt", "Votre Fiktionsbescheinigung (attestation provisoire de séjour) est valable jusqu’au {0}. Veuillez contacter votre service des étrangers avant cette date."),
            ["fa"] = new("گواهی اقامت موقت شما به‌زودی منقضی می‌شود", "گواهی اقامت موقت (Fiktionsbescheinigung) شما تا تاریخ {0} اعتبار دارد. لطفاً پیش از آن با ادارهٔ اتباع خارجی تماس بگیرید."),
            ["ar"] = new("شهادة الإقامة المؤقتة ستنتهي قريبًا", "شهادة الإقامة المؤقتة (Fiktionsbescheinigung) صالحة حتى {0}. يرجى التواصل مع دائرة شؤون الأجانب قبل ذلك."),
        },
        [ReminderKind.EatReadyForPickup] = new()
        {
            ["de"] = new("Ihr Aufenthaltstitel liegt zur Abholung bereit", "Ihr elektronischer Aufenthaltstitel liegt seit dem {0} zur Abholung bereit. Bitte buchen Sie einen Termin zur Aushändigung."),
            ["en"] = new("Your residence permit is ready for collection", "Your electronic residence permit has been ready for collection since {0}. Please book an appointment to collect it."),
            ["fr"] = new("Votre titre de séjour est prêt", "Votre titre de séjour électronique est prêt à être retiré depuis le {0}. Veuillez prendre rendez-vous pour le retirer."),
            ["fa"] = new("اجازهٔ اقامت شما آمادهٔ تحویل است", "اجازهٔ اقامت الکترونیکی شما از تاریخ {0} آمادهٔ تحویل است. لطفاً برای دریافت آن وقت ملاقات رزرو کنید."),
            ["ar"] = new("تصريح إقامتك جاهز للاستلام", "تصريح إقامتك الإلكتروني جاهز للاستلام منذ {0}. يرجى حجز موعد لاستلامه."),
        },
        [ReminderKind.AppointmentTomorrow] = new()
        {
            ["de"] = new("Erinnerung: Ihr Termin morgen", "Sie haben morgen, am {0}, einen Termin bei Ihrer Ausländerbehörde. Wenn Sie nicht kommen können, sagen Sie ihn bitte ab."),
            ["en"] = new("Reminder: your appointment tomorrow", "You have an appointment at your immigration office tomorrow, {0}. If you cannot come, please cancel it."),
            ["fr"] = new("Rappel : votre rendez-vous demain", "Vous avez rendez-vous demain, le {0}, auprès de votre service des étrangers. Si vous ne pouvez pas venir, veuillez l’annuler."),
            ["fa"] = new("یادآوری: وقت ملاقات فردای شما", "شما فردا، {0}، در ادارهٔ اتباع خارجی وقت ملاقات دارید. اگر نمی‌توانید بیایید، لطفاً آن را لغو کنید."),
            ["ar"] = new("تذكير: موعدك غدًا", "لديك غدًا، {0}، موعد في دائرة شؤون الأجانب. إذا لم تتمكن من الحضور، يرجى إلغاؤه."),
        },
        [ReminderKind.EmergencySlotGiven] = new()
        {
            ["de"] = new("Notfalltermin für Sie reserviert", "Auf Ihre Notfallanfrage hin ist für Sie ein Termin am {0} reserviert. Uhrzeit und Ort sehen Sie mit Ihrem Status-Token in der Online-Statusabfrage. Wenn Sie nicht kommen können, sagen Sie den Termin bitte ab, damit ein anderer Notfall ihn bekommt."),
            ["en"] = new("Emergency appointment reserved for you", "In response to your emergency request, an appointment on {0} has been reserved for you. You can see the time and place with your status token in the online status check. If you cannot come, please cancel the appointment so that another emergency can have it."),
            ["fr"] = new("Rendez-vous d’urgence réservé pour vous", "Suite à votre demande d’urgence, un rendez-vous le {0} a été réservé pour vous. Vous pouvez consulter l’heure et le lieu avec votre code de suivi (Status-Token) dans la consultation en ligne. Si vous ne pouvez pas venir, veuillez annuler le rendez-vous afin qu’une autre urgence puisse en bénéficier."),
            ["fa"] = new("وقت اضطراری برای شما رزرو شد", "در پاسخ به درخواست اضطراری شما، یک وقت ملاقات در تاریخ {0} برای شما رزرو شده است. ساعت و محل آن را می‌توانید با کد وضعیت (Status-Token) خود در پیگیری آنلاین وضعیت ببینید. اگر نمی‌توانید بیایید، لطفاً وقت را لغو کنید تا به مورد اضطراری دیگری داده شود."),
            ["ar"] = new("تم حجز موعد طارئ لك", "بناءً على طلبك الطارئ، تم حجز موعد لك بتاريخ {0}. يمكنك الاطلاع على الوقت والمكان باستخدام رمز الحالة (Status-Token) في خدمة الاستعلام عن الحالة عبر الإنترنت. إذا لم تتمكن من الحضور، يرجى إلغاء الموعد ليستفيد منه طلب طارئ آخر."),
        },
        [ReminderKind.EmergencyRequestDeclined] = new()
        {
            ["de"] = new("Antwort auf Ihre Notfallanfrage", "Ihre Notfallanfrage vom {0} ist beantwortet: Wir können Ihnen dafür keinen Notfalltermin geben. Die Begründung und die nächsten Schritte sehen Sie mit Ihrem Status-Token in der Online-Statusabfrage."),
            ["en"] = new("Reply to your emergency request", "Your emergency request of {0} has been answered: we cannot give you an emergency appointment for it. You can see the reasons and the next steps with your status token in the online status check."),
            ["fr"] = new("Réponse à votre demande d’urgence", "Votre demande d’urgence du {0} a reçu une réponse : nous ne pouvons pas vous accorder de rendez-vous d’urgence pour celle-ci. Vous trouverez les motifs et les prochaines étapes avec votre code de suivi (Status-Token) dans la consultation en ligne."),
            ["fa"] = new("پاسخ به درخواست اضطراری شما", "به درخواست اضطراری شما به تاریخ {0} پاسخ داده شد: ما نمی‌توانیم برای آن به شما وقت اضطراری بدهیم. دلیل و گام‌های بعدی را می‌توانید با کد وضعیت (Status-Token) خود در پیگیری آنلاین وضعیت ببینید."),
            ["ar"] = new("الرد على طلبك الطارئ", "تم الرد على طلبك الطارئ المقدم بتاريخ {0}: لا يمكننا منحك موعدًا طارئًا لهذا الطلب. يمكنك الاطلاع على الأسباب والخطوات التالية باستخدام رمز الحالة (Status-Token) في خدمة الاستعلام عن الحالة عبر الإنترنت."),
        },
    };

    private static Dictionary<string, Text> TitleExpiring() => new()
    {
        ["de"] = new("Ihr Aufenthaltstitel läuft bald ab", "Ihr Aufenthaltstitel ist bis zum {0} gültig. Bitte beantragen Sie die Verlängerung rechtzeitig vor diesem Tag."),
        ["en"] = new("Your residence permit expires soon", "Your residence permit is valid until {0}. Please apply for an extension in good time before that day."),
        ["fr"] = new("Votre titre de séjour expire bientôt", "Votre titre de séjour est valable jusqu’au {0}. Veuillez demander sa prolongation suffisamment tôt avant cette date."),
        ["fa"] = new("اجازهٔ اقامت شما به‌زودی منقضی می‌شود", "اجازهٔ اقامت شما تا تاریخ {0} اعتبار دارد. لطفاً پیش از این تاریخ و به‌موقع درخواست تمدید بدهید."),
        ["ar"] = new("تصريح إقامتك سينتهي قريبًا", "تصريح إقامتك صالح حتى {0}. يرجى تقديم طلب التمديد في وقت مبكر قبل هذا التاريخ."),
    };
}
