namespace Migrationsverwaltung.Api.Status;

/// <summary>
/// What the applicant reads, in German, English, French, Persian and Arabic (the last two right-to-left).
/// Short and polite; they name no person, file or date. The unknown text must fit every reason for "unknown"
/// (mistyped, replaced, expired) without saying which.
/// </summary>
public static class StatusTexts
{
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "fr", "fa", "ar"];
    public static readonly IReadOnlyList<string> RightToLeft = ["fa", "ar"];

    public static IReadOnlyDictionary<string, string> For(string status) => Texts[status];

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Texts = new()
    {
        [PublicStatus.Received] = new Dictionary<string, string>
        {
            ["de"] = "Ihr Antrag ist bei uns eingegangen und wird bald bearbeitet.",
            ["en"] = "We have received your application and will process it soon.",
            ["fr"] = "Nous avons bien reçu votre demande et la traiterons prochainement.",
            ["fa"] = "درخواست شما دریافت شده است و به‌زودی بررسی می‌شود.",
            ["ar"] = "تم استلام طلبك، وسيتم النظر فيه قريبًا.",
        },
        [PublicStatus.InProgress] = new Dictionary<string, string>
        {
            ["de"] = "Ihr Antrag wird bearbeitet. Sie müssen zurzeit nichts tun.",
            ["en"] = "Your application is being processed. There is nothing you need to do at the moment.",
            ["fr"] = "Votre demande est en cours de traitement. Vous n’avez rien à faire pour le moment.",
            ["fa"] = "درخواست شما در حال بررسی است. در حال حاضر لازم نیست کاری انجام دهید.",
            ["ar"] = "طلبك قيد المعالجة. لا يلزمك القيام بأي شيء في الوقت الحالي.",
        },
        [PublicStatus.DocumentsNeeded] = new Dictionary<string, string>
        {
            ["de"] = "Wir benötigen noch Unterlagen von Ihnen. Bitte beachten Sie unser Schreiben.",
            ["en"] = "We still need documents from you. Please see our letter.",
            ["fr"] = "Il nous manque encore des documents de votre part. Veuillez consulter notre courrier.",
            ["fa"] = "ما هنوز به مدارکی از شما نیاز داریم. لطفاً به نامهٔ ما توجه کنید.",
            ["ar"] = "ما زلنا بحاجة إلى مستندات منك. يرجى الاطلاع على رسالتنا.",
        },
        [PublicStatus.Decided] = new Dictionary<string, string>
        {
            ["de"] = "Über Ihren Antrag wurde entschieden. Die Entscheidung erhalten Sie schriftlich.",
            ["en"] = "A decision has been made on your application. You will receive it in writing.",
            ["fr"] = "Une décision a été prise sur votre demande. Vous la recevrez par écrit.",
            ["fa"] = "دربارهٔ درخواست شما تصمیم گرفته شده است. این تصمیم به‌صورت کتبی به شما اعلام می‌شود.",
            ["ar"] = "تم اتخاذ قرار بشأن طلبك. ستصلك نسخة مكتوبة من القرار.",
        },
        [PublicStatus.CardInProduction] = new Dictionary<string, string>
        {
            ["de"] = "Ihr elektronischer Aufenthaltstitel wird hergestellt. Sie müssen zurzeit nichts tun.",
            ["en"] = "Your electronic residence permit is being produced. There is nothing you need to do at the moment.",
            ["fr"] = "Votre titre de séjour électronique est en cours de fabrication. Vous n’avez rien à faire pour le moment.",
            ["fa"] = "اجازهٔ اقامت الکترونیکی شما در حال تولید است. در حال حاضر لازم نیست کاری انجام دهید.",
            ["ar"] = "يجري إصدار تصريح إقامتك الإلكتروني. لا يلزمك القيام بأي شيء في الوقت الحالي.",
        },
        [PublicStatus.ReadyForPickup] = new Dictionary<string, string>
        {
            ["de"] = "Ihr Dokument liegt zur Abholung bereit. Bitte beachten Sie die Hinweise in unserem Schreiben.",
            ["en"] = "Your document is ready for collection. Please follow the instructions in our letter.",
            ["fr"] = "Votre document est prêt à être retiré. Veuillez suivre les indications de notre courrier.",
            ["fa"] = "مدرک شما آمادهٔ تحویل است. لطفاً به راهنمایی‌های نامهٔ ما توجه کنید.",
            ["ar"] = "وثيقتك جاهزة للاستلام. يرجى اتباع التعليمات الواردة في رسالتنا.",
        },
        [PublicStatus.HandedOver] = new Dictionary<string, string>
        {
            ["de"] = "Ihr Dokument wurde ausgehändigt oder zugestellt. Das Verfahren ist abgeschlossen.",
            ["en"] = "Your document has been handed over or delivered. The procedure is complete.",
            ["fr"] = "Votre document vous a été remis ou envoyé. La procédure est terminée.",
            ["fa"] = "مدرک شما تحویل داده یا ارسال شده است. این روند به پایان رسیده است.",
            ["ar"] = "تم تسليم وثيقتك أو إرسالها إليك. اكتملت الإجراءات.",
        },
        [PublicStatus.Closed] = new Dictionary<string, string>
        {
            ["de"] = "Das Verfahren ist beendet. Bei Fragen wenden Sie sich bitte an Ihre Ausländerbehörde.",
            ["en"] = "The procedure has ended. If you have any questions, please contact your immigration office.",
            ["fr"] = "La procédure est close. Pour toute question, veuillez vous adresser à votre service des étrangers.",
            ["fa"] = "این روند پایان یافته است. در صورت داشتن پرسش، لطفاً با ادارهٔ اتباع خارجی خود تماس بگیرید.",
            ["ar"] = "انتهت الإجراءات. إذا كانت لديك أسئلة، يرجى التواصل مع دائرة شؤون الأجانب.",
        },
        [PublicStatus.Unknown] = new Dictionary<string, string>
        {
            ["de"] = "Zu dieser Nummer können wir keinen Stand anzeigen. Bitte prüfen Sie Ihre Eingabe. Einige Wochen nach Abschluss des Verfahrens ist keine Auskunft mehr möglich.",
            ["en"] = "We cannot show a status for this number. Please check your entry. A few weeks after the procedure has ended, no information is available any more.",
            ["fr"] = "Nous ne pouvons afficher aucun état pour ce numéro. Veuillez vérifier votre saisie. Quelques semaines après la fin de la procédure, aucune information n’est plus disponible.",
            ["fa"] = "برای این شماره وضعیتی قابل نمایش نیست. لطفاً ورودی خود را بررسی کنید. چند هفته پس از پایان روند، دیگر اطلاعاتی ارائه نمی‌شود.",
            ["ar"] = "لا يمكننا عرض حالة لهذا الرقم. يرجى التحقق مما أدخلته. بعد بضعة أسابيع من انتهاء الإجراءات لا تعود المعلومات متاحة.",
        },
    };
}
