<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>gd::AuditLog</name>
    <message>
        <source>Audit entry %1 is missing: the audit log was cut.</source>
        <translation>ऑडिट प्रविष्टि %1 गायब है: ऑडिट लॉग काटा गया है।</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or inserted.</source>
        <translation>ऑडिट प्रविष्टि %1 अपनी पिछली प्रविष्टि से नहीं जुड़ती: प्रविष्टियाँ हटाई या जोड़ी गई हैं।</translation>
    </message>
    <message>
        <source>Audit entry %1 was altered after it was written.</source>
        <translation>ऑडिट प्रविष्टि %1 लिखे जाने के बाद बदली गई है।</translation>
    </message>
    <message>
        <source>Row %1 of %2 was changed outside GramDesk (it differs from the audit log).</source>
        <translation>%2 की पंक्ति %1 ग्रामडेस्क के बाहर बदली गई है (यह ऑडिट लॉग से मेल नहीं खाती)।</translation>
    </message>
    <message>
        <source>Row %1 of %2 was deleted outside GramDesk.</source>
        <translation>%2 की पंक्ति %1 ग्रामडेस्क के बाहर मिटाई गई है।</translation>
    </message>
</context>
<context>
    <name>gd::BackupService</name>
    <message>
        <source>The backup folder %1 cannot be written to. Choose another folder or check that the USB stick is not write-protected.</source>
        <translation>बैकअप फ़ोल्डर %1 में लिखा नहीं जा सकता। दूसरा फ़ोल्डर चुनें, या देखें कि यूएसबी स्टिक पर लिखने की रोक तो नहीं है।</translation>
    </message>
    <message>
        <source>The backup did not fit on %1: the disk is full. Free some space or use another USB stick.</source>
        <translation>बैकअप %1 पर नहीं समाया: डिस्क भरी हुई है। कुछ जगह खाली करें या दूसरी यूएसबी स्टिक लगाएँ।</translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2). The book itself is unharmed; try another folder.</source>
        <translation>%1 पर बैकअप नहीं हो सका (%2)। बही सुरक्षित है; दूसरा फ़ोल्डर आज़माएँ।</translation>
    </message>
    <message>
        <source>The backup copy failed its check (%1) and was thrown away. The book itself is unharmed.</source>
        <translation>बैकअप प्रति जाँच में विफल रही (%1) और हटा दी गई। बही सुरक्षित है।</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>बैकअप %1 नाम से सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 पर कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>बैकअप %1 पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 से बहाली नहीं हो सकती: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it failed its check (%2).</source>
        <translation>%1 से बहाली नहीं हो सकती: यह जाँच में विफल रहा (%2)।</translation>
    </message>
    <message>
        <source>The restore failed (%1). The book was not changed; a copy of it is at %2.</source>
        <translation>बहाली विफल रही (%1)। बही नहीं बदली गई; उसकी एक प्रति %2 पर है।</translation>
    </message>
    <message>
        <source>The book as it was before is kept at %1.</source>
        <translation>बही की पहले वाली स्थिति %1 पर सुरक्षित है।</translation>
    </message>
</context>
<context>
    <name>gd::Book</name>
    <message>
        <source>The book %1 is in use by another program. Close that program and try again.</source>
        <translation>बही %1 किसी दूसरे प्रोग्राम में खुली है। वह प्रोग्राम बंद करके फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or move old backups to a USB stick) and try again.</source>
        <translation>डिस्क भरी हुई है, इसलिए कुछ भी सहेजा नहीं गया। कुछ जगह खाली करें (या पुराने बैकअप यूएसबी स्टिक पर ले जाएँ) और फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The book %1 cannot be written. Copy it to a folder you may write to, or ask the administrator for access.</source>
        <translation>बही %1 में लिखा नहीं जा सकता। इसे ऐसे फ़ोल्डर में कॉपी करें जहाँ आप लिख सकते हैं, या प्रशासक से अनुमति माँगें।</translation>
    </message>
    <message>
        <source>The book %1 is damaged. Restore the latest backup (Backups → Restore) and tell the secretary.</source>
        <translation>बही %1 ख़राब हो गई है। नवीनतम बैकअप से बहाल करें (बैकअप → बहाली) और सचिव को बताएँ।</translation>
    </message>
    <message>
        <source>The entry conflicts with one already in the book (%1). Nothing was saved.</source>
        <translation>यह प्रविष्टि बही में पहले से मौजूद प्रविष्टि से टकराती है (%1)। कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The book could not be read or written (%1). Nothing was saved; try again, and restore the latest backup if it happens again.</source>
        <translation>बही पढ़ी या लिखी नहीं जा सकी (%1)। कुछ भी सहेजा नहीं गया; फिर प्रयास करें, और दोबारा हो तो नवीनतम बैकअप से बहाल करें।</translation>
    </message>
    <message>
        <source>The book&apos;s functions could not be set up.</source>
        <translation>बही के फ़ंक्शन तैयार नहीं हो सके।</translation>
    </message>
    <message>
        <source>The book %1 is damaged (%2). Restore the latest backup (Backups → Restore) and tell the secretary.</source>
        <translation>बही %1 ख़राब हो गई है (%2)। नवीनतम बैकअप से बहाल करें (बैकअप → बहाली) और सचिव को बताएँ।</translation>
    </message>
    <message>
        <source>%1 is not a GramDesk book. Choose the office&apos;s .gramdesk file.</source>
        <translation>%1 ग्रामडेस्क की बही नहीं है। कार्यालय की .gramdesk फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The book %1 was saved by a newer GramDesk. Install the newer GramDesk to open it; the book was not changed.</source>
        <translation>बही %1 ग्रामडेस्क के नए संस्करण से सहेजी गई है। इसे खोलने के लिए नया ग्रामडेस्क लगाएँ; बही नहीं बदली गई।</translation>
    </message>
    <message>
        <source>There is no book at %1. Check the path, or create a new book.</source>
        <translation>%1 पर कोई बही नहीं है। पता जाँचें, या नई बही बनाएँ।</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that it is a file you may open.</source>
        <translation>%1 पढ़ी नहीं जा सकती। देखें कि यह ऐसी फ़ाइल है जिसे आप खोल सकते हैं।</translation>
    </message>
    <message>
        <source>The book %1 is read-only. Copy it to a folder you may write to, or remove the read-only mark, and open it again. It was not changed.</source>
        <translation>बही %1 केवल पढ़ने के लिए है। इसे ऐसे फ़ोल्डर में कॉपी करें जहाँ आप लिख सकते हैं, या &quot;केवल पढ़ने&quot; का निशान हटाएँ, और फिर खोलें। बही नहीं बदली गई।</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing book is never overwritten.</source>
        <translation>%1 पहले से मौजूद है। दूसरा नाम चुनें; मौजूदा बही पर कभी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation>फ़ोल्डर %1 में लिखा नहीं जा सकता। दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The book is damaged: %1</source>
        <translation>बही ख़राब है: %1</translation>
    </message>
</context>
<context>
    <name>gd::Dates</name>
    <message>
        <source>Enter a date as DD-MM-YYYY, for example 05-04-2026.</source>
        <translation>तिथि DD-MM-YYYY रूप में लिखें, जैसे 05-04-2026।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as DD-MM-YYYY, for example 05-04-2026.</source>
        <translation>&quot;%1&quot; तिथि नहीं है। इसे DD-MM-YYYY रूप में लिखें, जैसे 05-04-2026।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date.</source>
        <translation>&quot;%1&quot; कैलेंडर की कोई वास्तविक तिथि नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as HH:MM on the 24-hour clock, for example 14:30.</source>
        <translation>&quot;%1&quot; समय नहीं है। इसे 24 घंटे की घड़ी में HH:MM रूप में लिखें, जैसे 14:30।</translation>
    </message>
</context>
<context>
    <name>gd::Demo</name>
    <message>
        <source>--years takes a number from 1 to 30.</source>
        <translation>--years के बाद 1 से 30 तक की संख्या दें।</translation>
    </message>
</context>
<context>
    <name>gd::DocumentRenderer</name>
    <message>
        <source>The printout could not be started. Check the printer or the file name.</source>
        <translation>छपाई शुरू नहीं हो सकी। प्रिंटर या फ़ाइल का नाम जाँचें।</translation>
    </message>
    <message>
        <source>The printout could not start a new page.</source>
        <translation>छपाई में नया पृष्ठ शुरू नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>gd::Money</name>
    <message>
        <source>Enter an amount, for example 1250.50.</source>
        <translation>राशि लिखें, जैसे 1250.50।</translation>
    </message>
    <message>
        <source>An amount cannot be negative: &quot;%1&quot;.</source>
        <translation>राशि ऋणात्मक नहीं हो सकती: &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Write it like 1250.50 or 1,250.50.</source>
        <translation>&quot;%1&quot; राशि नहीं है। इसे 1250.50 या 1,250.50 की तरह लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals; paise have two digits at most.</source>
        <translation>&quot;%1&quot; में दशमलव के बाद दो से अधिक अंक हैं; पैसे के अधिकतम दो अंक होते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than any amount GramDesk keeps.</source>
        <translation>&quot;%1&quot; ग्रामडेस्क में रखी जा सकने वाली सबसे बड़ी राशि से भी बड़ी है।</translation>
    </message>
</context>
<context>
    <name>gd::OfficeProfile</name>
    <message>
        <source>Enter the Gram Panchayat&apos;s name in Hindi.</source>
        <translation>ग्राम पंचायत का नाम हिन्दी में लिखें।</translation>
    </message>
    <message>
        <source>Enter the Gram Panchayat&apos;s name in English.</source>
        <translation>ग्राम पंचायत का नाम अंग्रेज़ी में लिखें।</translation>
    </message>
    <message>
        <source>The LGD code is the Gram Panchayat&apos;s number in the Local Government Directory: digits only (for example 123456).</source>
        <translation>एलजीडी कोड स्थानीय शासन निर्देशिका (LGD) में ग्राम पंचायत की संख्या है: केवल अंक (जैसे 123456)।</translation>
    </message>
    <message>
        <source>The state&apos;s LGD code has digits only (Uttar Pradesh: 9).</source>
        <translation>राज्य के एलजीडी कोड में केवल अंक होते हैं (उत्तर प्रदेश: 9)।</translation>
    </message>
    <message>
        <source>The office profile has not been filled in yet.</source>
        <translation>कार्यालय का विवरण अभी भरा नहीं गया है।</translation>
    </message>
    <message>
        <source>The office profile exists already; change it from the Office page.</source>
        <translation>कार्यालय का विवरण पहले से है; इसे &quot;कार्यालय&quot; पृष्ठ से बदलें।</translation>
    </message>
</context>
<context>
    <name>gd::OfficeSettings</name>
    <message>
        <source>&quot;%1&quot; is not a day. Use mon, tue, wed, thu, fri, sat or sun, separated by commas.</source>
        <translation>&quot;%1&quot; कोई दिन नहीं है। mon, tue, wed, thu, fri, sat या sun लिखें, अल्पविराम से अलग करके।</translation>
    </message>
    <message>
        <source>At least two days of the week must be working days.</source>
        <translation>सप्ताह में कम से कम दो दिन कार्य-दिवस होने चाहिए।</translation>
    </message>
    <message>
        <source>Give four fees separated by commas: on time, late, with permission, with an order (for example 0,2,5,10).</source>
        <translation>अल्पविराम से अलग चार शुल्क दें: समय पर, विलंब से, अनुमति सहित, आदेश सहित (जैसे 0,2,5,10)।</translation>
    </message>
    <message>
        <source>devanagari_digits is on or off.</source>
        <translation>devanagari_digits का मान on या off होता है।</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;. The settings are: %2.</source>
        <translation>&quot;%1&quot; नाम की कोई सेटिंग नहीं है। सेटिंग ये हैं: %2।</translation>
    </message>
</context>
<context>
    <name>gd::PdfExport</name>
    <message>
        <source>The PDF could not be completed (unexpected structure).</source>
        <translation>पीडीएफ़ पूरी नहीं हो सकी (अनपेक्षित संरचना)।</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1 (%2). Choose another folder.</source>
        <translation>पीडीएफ़ %1 नाम से सहेजी नहीं जा सकी (%2)। दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>gd::Print</name>
    <message>
        <source>Audit log extract</source>
        <translation>ऑडिट लॉग का उद्धरण</translation>
    </message>
    <message>
        <source>Entries %1 to %2</source>
        <translation>प्रविष्टि %1 से %2 तक</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>परिवर्तन</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>रजिस्टर</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>सचिव</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>लेखा परीक्षक</translation>
    </message>
    <message>
        <source>LGD code</source>
        <translation>एलजीडी कोड</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>मुद्रण तिथि</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>कोई प्रविष्टि नहीं।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
</context>
<context>
    <name>gd::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>सचिव</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ऑपरेटर</translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation>लेखा परीक्षक (केवल पढ़ना)</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>उपयोगकर्ताओं का प्रबंधन करना</translation>
    </message>
    <message>
        <source>change the office profile</source>
        <translation>कार्यालय का विवरण बदलना</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>सेटिंग बदलना</translation>
    </message>
    <message>
        <source>make entries</source>
        <translation>प्रविष्टियाँ करना</translation>
    </message>
    <message>
        <source>close a day or month</source>
        <translation>दिन या माह बंद करना</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>बैकअप बनाना</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>बैकअप से बहाली करना</translation>
    </message>
    <message>
        <source>verify the book</source>
        <translation>बही की जाँच करना</translation>
    </message>
    <message>
        <source>read the registers</source>
        <translation>रजिस्टर पढ़ना</translation>
    </message>
    <message>
        <source>A user with the role &quot;%1&quot; may not %2. Ask the administrator or the secretary.</source>
        <translation>&quot;%1&quot; भूमिका वाला उपयोगकर्ता %2 का अधिकारी नहीं है। प्रशासक या सचिव से कहें।</translation>
    </message>
</context>
<context>
    <name>gd::Schema</name>
    <message>
        <source>The book could not be upgraded to version %1 (%2). It was left as it was; a backup was taken first.</source>
        <translation>बही को संस्करण %1 में नहीं बदला जा सका (%2)। बही जैसी थी वैसी ही है; पहले बैकअप ले लिया गया था।</translation>
    </message>
</context>
<context>
    <name>gd::UserDirectory</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>पासवर्ड में कम से कम %1 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 letters or digits (a dot, dash or underscore is allowed), with no spaces.</source>
        <translation>उपयोगकर्ता नाम में 3 से 32 अक्षर या अंक होते हैं (बिंदु, डैश या अंडरस्कोर चल सकता है), बिना खाली जगह के।</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>उपयोगकर्ता का पूरा नाम लिखें।</translation>
    </message>
    <message>
        <source>There is already a user named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का उपयोगकर्ता पहले से है।</translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?). Try again.</source>
        <translation>पासवर्ड सुरक्षित नहीं किया जा सका (मेमोरी कम?)। फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>This book has users already; the administrator adds new ones.</source>
        <translation>इस बही में उपयोगकर्ता पहले से हैं; नए उपयोगकर्ता प्रशासक जोड़ता है।</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम का कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check the keyboard language (Hindi/English) and try again.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड ग़लत है। कीबोर्ड की भाषा (हिन्दी/अंग्रेज़ी) जाँचें और फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is switched off. Ask the administrator.</source>
        <translation>खाता &quot;%1&quot; बंद है। प्रशासक से कहें।</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 wrong passwords. Try again in %3 minute(s), or ask the administrator to unlock it.</source>
        <translation>%2 ग़लत पासवर्ड के बाद खाता &quot;%1&quot; बंद (लॉक) है। %3 मिनट बाद फिर प्रयास करें, या प्रशासक से इसे खुलवाएँ।</translation>
    </message>
    <message>
        <source>%1 wrong passwords: the account &quot;%2&quot; is locked for %3 minutes.</source>
        <translation>%1 ग़लत पासवर्ड: खाता &quot;%2&quot; %3 मिनट के लिए बंद (लॉक) कर दिया गया है।</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>वर्तमान पासवर्ड ग़लत है।</translation>
    </message>
    <message>
        <source>You cannot switch off your own account.</source>
        <translation>आप अपना ही खाता बंद नहीं कर सकते।</translation>
    </message>
    <message>
        <source>The last active administrator cannot be switched off.</source>
        <translation>अंतिम सक्रिय प्रशासक का खाता बंद नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The language must be hi (Hindi) or en (English).</source>
        <translation>भाषा hi (हिन्दी) या en (अंग्रेज़ी) होनी चाहिए।</translation>
    </message>
</context>
<context>
    <name>gd::cli::Cli</name>
    <message>
        <source>Run gramdesk-cli --help to see the commands.</source>
        <translation>कमांड देखने के लिए gramdesk-cli --help चलाएँ।</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>पासवर्ड फ़ाइल %1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Give the password in a file with --password-file FILE, or in the environment variable GRAMDESK_PASSWORD.</source>
        <translation>पासवर्ड --password-file FILE से किसी फ़ाइल में दें, या GRAMDESK_PASSWORD वेरिएबल में।</translation>
    </message>
    <message>
        <source>This command needs a user: add --user NAME.</source>
        <translation>इस कमांड के लिए उपयोगकर्ता चाहिए: --user NAME जोड़ें।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>gramdesk-cli: the GramDesk book from the command line.

Usage: gramdesk-cli [--book PATH] [--user NAME] [--password-file FILE] COMMAND [ARGS]
The password is read from --password-file, else from GRAMDESK_PASSWORD; never from the command line.

Commands:
  init --office-hi TEXT --office-en TEXT --lgd CODE --admin NAME [--block T] [--district T] [--state T]
                        create a new book with its first administrator
  settings get KEY      show a setting (weekly_off, vital_fees, devanagari_digits)
  settings set KEY VALUE
                        change a setting
  backup [--to DIR]     make a verified copy of the book
  restore FILE          replace the book with a backup (the current book is backed up first)
  verify                check the book&apos;s integrity and its audit chain
  demo [--years N] [--seed S]
                        write a synthetic office book at --book

Exit status: 0 done, 1 input rejected, 2 usage error, 3 not allowed, 4 book failed verification,
5 storage error.</source>
        <translation>gramdesk-cli: कमांड लाइन से ग्रामडेस्क की बही।

प्रयोग: gramdesk-cli [--book PATH] [--user NAME] [--password-file FILE] COMMAND [ARGS]
पासवर्ड --password-file से, अन्यथा GRAMDESK_PASSWORD से पढ़ा जाता है; कमांड लाइन से कभी नहीं।

कमांड:
  init --office-hi TEXT --office-en TEXT --lgd CODE --admin NAME [--block T] [--district T] [--state T]
                        पहले प्रशासक सहित नई बही बनाएँ
  settings get KEY      कोई सेटिंग देखें (weekly_off, vital_fees, devanagari_digits)
  settings set KEY VALUE
                        कोई सेटिंग बदलें
  backup [--to DIR]     बही की जाँची हुई प्रति बनाएँ
  restore FILE          बही को बैकअप से बदलें (पहले मौजूदा बही का बैकअप लिया जाता है)
  verify                बही की अखंडता और ऑडिट श्रृंखला जाँचें
  demo [--years N] [--seed S]
                        --book पर एक नमूना कार्यालय बही लिखें

निकास स्थिति: 0 पूरा, 1 इनपुट अस्वीकार, 2 प्रयोग में त्रुटि, 3 अनुमति नहीं, 4 बही जाँच में विफल,
5 भंडारण त्रुटि।</translation>
    </message>
    <message>
        <source>init does not take &quot;%1&quot;.</source>
        <translation>init &quot;%1&quot; नहीं लेता।</translation>
    </message>
    <message>
        <source>init needs --office-hi, --office-en, --lgd and --admin.</source>
        <translation>init के लिए --office-hi, --office-en, --lgd और --admin चाहिए।</translation>
    </message>
    <message>
        <source>Created the book %1 for %2 with the administrator &quot;%3&quot;.</source>
        <translation>%2 के लिए बही %1 बनाई गई, प्रशासक &quot;%3&quot;।</translation>
    </message>
    <message>
        <source>settings needs get KEY or set KEY VALUE.</source>
        <translation>settings के बाद get KEY या set KEY VALUE लिखें।</translation>
    </message>
    <message>
        <source>backup takes only --to DIR.</source>
        <translation>backup केवल --to DIR लेता है।</translation>
    </message>
    <message>
        <source>restore needs the backup file: restore FILE.</source>
        <translation>restore के लिए बैकअप फ़ाइल चाहिए: restore FILE।</translation>
    </message>
    <message>
        <source>Restored the book from %1. The book as it was before is kept in %2.</source>
        <translation>बही %1 से बहाल की गई। पहले वाली बही %2 में सुरक्षित है।</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify कोई तर्क नहीं लेता।</translation>
    </message>
    <message>
        <source>The book is intact: %1 audit entries checked.</source>
        <translation>बही सही-सलामत है: %1 ऑडिट प्रविष्टियाँ जाँची गईं।</translation>
    </message>
    <message>
        <source>--years takes a number from 1 to 30.</source>
        <translation>--years के बाद 1 से 30 तक की संख्या दें।</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed के बाद पूर्ण संख्या दें।</translation>
    </message>
    <message>
        <source>demo does not take &quot;%1&quot;.</source>
        <translation>demo &quot;%1&quot; नहीं लेता।</translation>
    </message>
    <message>
        <source>Wrote a demo office book at %1. Users admin, secretary, operator and auditor; password %2.</source>
        <translation>%1 पर नमूना कार्यालय बही लिखी गई। उपयोगकर्ता admin, secretary, operator और auditor; पासवर्ड %2।</translation>
    </message>
    <message>
        <source>The book failed its check: %1 Restore the latest backup.</source>
        <translation>बही जाँच में विफल रही: %1 नवीनतम बैकअप से बहाल करें।</translation>
    </message>
</context>
<context>
    <name>gd::ui::Application</name>
    <message>
        <source>GramDesk cannot open the book</source>
        <translation>ग्रामडेस्क बही नहीं खोल सकता</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>दैनिक बैकअप विफल रहा</translation>
    </message>
    <message>
        <source>The backup at exit failed</source>
        <translation>बंद करते समय का बैकअप विफल रहा</translation>
    </message>
</context>
<context>
    <name>gd::ui::AuditPage</name>
    <message>
        <source>No.</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>परिवर्तन</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>रजिस्टर</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Print in Hindi</source>
        <translation>हिन्दी में छापें</translation>
    </message>
    <message>
        <source>Print in English</source>
        <translation>अंग्रेज़ी में छापें</translation>
    </message>
    <message>
        <source>Print in both</source>
        <translation>दोनों भाषाओं में छापें</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छापें… (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>पीडीएफ़ के रूप में सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>%1 entries; the newest first. Printing takes the entries loaded in the list.</source>
        <translation>%1 प्रविष्टियाँ; सबसे नई पहले। छपाई में सूची में खुली हुई प्रविष्टियाँ आती हैं।</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
</context>
<context>
    <name>gd::ui::BackupPage</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>कहाँ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick for the backup</source>
        <translation>बैकअप के लिए फ़ोल्डर या यूएसबी स्टिक चुनें</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>बहाली के लिए बैकअप चुनें</translation>
    </message>
    <message>
        <source>GramDesk books (*.gramdesk)</source>
        <translation>ग्रामडेस्क बही (*.gramdesk)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder or USB stick…</source>
        <translation>फ़ोल्डर या यूएसबी स्टिक पर बैकअप… (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>बैकअप से बहाली… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Verify the book</source>
        <translation>बही जाँचें (&amp;V)</translation>
    </message>
    <message>
        <source>daily (automatic)</source>
        <translation>दैनिक (स्वचालित)</translation>
    </message>
    <message>
        <source>at exit (automatic)</source>
        <translation>बंद करते समय (स्वचालित)</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>हाथ से</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>बहाली से पहले</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>बहाली</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>बैकअप विफल रहा</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 पर बैकअप लिया गया</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>बैकअप से बहाली</translation>
    </message>
    <message>
        <source>Replace everything in the book with the backup %1?

The book as it is now is backed up first, so this can be undone.</source>
        <translation>बही की सारी सामग्री को बैकअप %1 से बदलें?

बही की वर्तमान स्थिति का पहले बैकअप लिया जाएगा, इसलिए इसे पलटा जा सकता है।</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>बहाली विफल रही</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>%1 से बहाल किया गया।</translation>
    </message>
    <message>
        <source>Verify the book</source>
        <translation>बही जाँचें</translation>
    </message>
    <message>
        <source>The book is intact: %1 audit entries checked.</source>
        <translation>बही सही-सलामत है: %1 ऑडिट प्रविष्टियाँ जाँची गईं।</translation>
    </message>
    <message>
        <source>The book failed its check</source>
        <translation>बही जाँच में विफल रही</translation>
    </message>
</context>
<context>
    <name>gd::ui::HomePage</name>
    <message>
        <source>LGD code</source>
        <translation>एलजीडी कोड</translation>
    </message>
    <message>
        <source>Block / district / state</source>
        <translation>विकास खंड / जनपद / राज्य</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>सचिव</translation>
    </message>
    <message>
        <source>Pradhan</source>
        <translation>प्रधान</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>financial year %1</source>
        <translation>वित्तीय वर्ष %1</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>बही</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>अंतिम बैकअप</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>मुखपृष्ठ</translation>
    </message>
</context>
<context>
    <name>gd::ui::LoginDialog</name>
    <message>
        <source>GramDesk: log in</source>
        <translation>ग्रामडेस्क: लॉग इन</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>लॉग इन करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>gd::ui::MainWindow</name>
    <message>
        <source>The backup failed</source>
        <translation>बैकअप विफल रहा</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 पर बैकअप लिया गया</translation>
    </message>
    <message>
        <source>About GramDesk</source>
        <translation>ग्रामडेस्क के बारे में</translation>
    </message>
    <message>
        <source>GramDesk %1
The front office and records desk of a Gram Panchayat.
Free software under the GNU GPL, version 3 or later.</source>
        <translation>ग्रामडेस्क %1
ग्राम पंचायत का फ्रंट ऑफिस और अभिलेख डेस्क।
GNU GPL संस्करण 3 या बाद के अंतर्गत मुक्त सॉफ़्टवेयर।</translation>
    </message>
    <message>
        <source>GramDesk</source>
        <translation>ग्रामडेस्क</translation>
    </message>
    <message>
        <source>GramDesk: %1</source>
        <translation>ग्रामडेस्क: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>उपयोगकर्ता बदलें… (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GramDesk</source>
        <translation>ग्रामडेस्क के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>%1 · LGD %2</source>
        <translation>%1 · एलजीडी %2</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>उपयोगकर्ता: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gd::ui::NewUserDialog</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>नया उपयोगकर्ता</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>पूरा नाम:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>भूमिका:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>पासवर्ड दोबारा:</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>दोनों पासवर्ड अलग हैं। एक ही पासवर्ड दो बार लिखें।</translation>
    </message>
</context>
<context>
    <name>gd::ui::OfficeForm</name>
    <message>
        <source>Gram Panchayat name (Hindi)</source>
        <translation>ग्राम पंचायत का नाम (हिन्दी)</translation>
    </message>
    <message>
        <source>Gram Panchayat name (English)</source>
        <translation>ग्राम पंचायत का नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>LGD code of the Gram Panchayat</source>
        <translation>ग्राम पंचायत का एलजीडी कोड</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>विकास खंड</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जनपद</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>कार्यालय का पता</translation>
    </message>
    <message>
        <source>Villages covered (one per line)</source>
        <translation>सम्मिलित गाँव (हर पंक्ति में एक)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>सचिव</translation>
    </message>
    <message>
        <source>Pradhan</source>
        <translation>प्रधान</translation>
    </message>
    <message>
        <source>for example ग्राम पंचायत रामपुर</source>
        <translation>जैसे ग्राम पंचायत रामपुर</translation>
    </message>
    <message>
        <source>for example Gram Panchayat Rampur</source>
        <translation>जैसे Gram Panchayat Rampur</translation>
    </message>
    <message>
        <source>digits only, for example 123456</source>
        <translation>केवल अंक, जैसे 123456</translation>
    </message>
    <message>
        <source>Weekly off days (mon…sun, comma separated)</source>
        <translation>साप्ताहिक अवकाश (mon…sun, अल्पविराम से अलग)</translation>
    </message>
    <message>
        <source>Birth/death late fees: on time, late, permission, order</source>
        <translation>जन्म/मृत्यु विलंब शुल्क: समय पर, विलंब, अनुमति, आदेश</translation>
    </message>
    <message>
        <source>Devanagari digits in printouts</source>
        <translation>छपाई में देवनागरी अंक</translation>
    </message>
</context>
<context>
    <name>gd::ui::OfficePage</name>
    <message>
        <source>use ०१२३ instead of 0123</source>
        <translation>0123 के स्थान पर ०१२३ का प्रयोग करें</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save the office profile and settings</source>
        <translation>कार्यालय का विवरण और सेटिंग सहेजें</translation>
    </message>
    <message>
        <source>Only the administrator or the secretary may change this.</source>
        <translation>इसे केवल प्रशासक या सचिव बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेज लिया गया।</translation>
    </message>
    <message>
        <source>Office and settings</source>
        <translation>कार्यालय और सेटिंग</translation>
    </message>
</context>
<context>
    <name>gd::ui::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>%1 के लिए नया पासवर्ड</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>वर्तमान पासवर्ड:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>नया पासवर्ड:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>नया पासवर्ड दोबारा:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>पासवर्ड तय करें</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>दोनों पासवर्ड अलग हैं। एक ही पासवर्ड दो बार लिखें।</translation>
    </message>
</context>
<context>
    <name>gd::ui::PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>पीडीएफ़ के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>पीडीएफ़ फ़ाइलें (*.pdf)</translation>
    </message>
</context>
<context>
    <name>gd::ui::SetupWizard</name>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
    <message>
        <source>GramDesk: set up the office</source>
        <translation>ग्रामडेस्क: कार्यालय की स्थापना</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूरा करें (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Welcome to GramDesk</source>
        <translation>ग्रामडेस्क में आपका स्वागत है</translation>
    </message>
    <message>
        <source>GramDesk keeps the Gram Panchayat office&apos;s registers, record room and ISO 9001 readiness on this computer, with no internet needed.

Choose the language to work in. You can switch at any time from the main window.

The office&apos;s book will be kept at:
%1</source>
        <translation>ग्रामडेस्क ग्राम पंचायत कार्यालय के रजिस्टर, अभिलेख कक्ष और आईएसओ 9001 की तैयारी इसी कंप्यूटर पर रखता है, इंटरनेट की आवश्यकता नहीं।

काम करने की भाषा चुनें। मुख्य विंडो से भाषा कभी भी बदली जा सकती है।

कार्यालय की बही यहाँ रखी जाएगी:
%1</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <source>The name and the LGD code head every printout.</source>
        <translation>नाम और एलजीडी कोड हर छपाई के शीर्ष पर आते हैं।</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <source>The first user; the administrator adds the secretary, operators and auditors later.</source>
        <translation>पहला उपयोगकर्ता; सचिव, ऑपरेटर और लेखा परीक्षक को प्रशासक बाद में जोड़ता है।</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>कम से कम %1 अक्षर</translation>
    </message>
    <message>
        <source>Enter a user name for the administrator.</source>
        <translation>प्रशासक का उपयोगकर्ता नाम लिखें।</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>प्रशासक का पूरा नाम लिखें।</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>दोनों पासवर्ड अलग हैं। एक ही पासवर्ड दो बार लिखें।</translation>
    </message>
    <message>
        <source>The book could not be created</source>
        <translation>बही नहीं बन सकी</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पक्का करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>gd::ui::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>उपयोगकर्ता जोड़ें… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>पासवर्ड फिर से तय करें… (&amp;R)</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>ताला खोलें (&amp;N)</translation>
    </message>
    <message>
        <source>Switch &amp;off / on</source>
        <translation>बंद / चालू करें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>मेरा पासवर्ड बदलें… (&amp;C)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1 तक लॉक</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Added the user &quot;%1&quot;.</source>
        <translation>उपयोगकर्ता &quot;%1&quot; जोड़ा गया।</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>पहले सूची में कोई उपयोगकर्ता चुनें।</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset.</source>
        <translation>&quot;%1&quot; का पासवर्ड फिर से तय किया गया।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is unlocked.</source>
        <translation>&quot;%1&quot; का ताला खोल दिया गया।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is switched on.</source>
        <translation>&quot;%1&quot; चालू किया गया।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is switched off.</source>
        <translation>&quot;%1&quot; बंद किया गया।</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>आपका पासवर्ड बदल दिया गया।</translation>
    </message>
</context>
</TS>
