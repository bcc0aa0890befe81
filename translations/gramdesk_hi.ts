<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>gd::Appeals</name>
    <message>
        <source>give the date of the order that decided the appeal</source>
        <translation>अपील का निर्णय करने वाले आदेश की तिथि लिखें</translation>
    </message>
    <message>
        <source>a pending appeal has no order yet; choose the outcome the order gave, or clear the date</source>
        <translation>लंबित अपील का अभी कोई आदेश नहीं है; आदेश से निकला परिणाम चुनें, या तिथि हटा दें</translation>
    </message>
    <message>
        <source>Application number: there is no application %1 in the register.</source>
        <translation>आवेदन संख्या: रजिस्टर में आवेदन %1 नहीं है।</translation>
    </message>
    <message>
        <source>%1 was neither rejected nor late (due %2); only such an application may be appealed.</source>
        <translation>%1 न अस्वीकृत हुआ, न विलंबित (नियत तिथि %2); अपील केवल ऐसे आवेदन की हो सकती है।</translation>
    </message>
    <message>
        <source>A second appeal follows a decided first appeal; %1 has none.</source>
        <translation>द्वितीय अपील, निर्णीत प्रथम अपील के बाद होती है; %1 की ऐसी कोई अपील नहीं है।</translation>
    </message>
    <message>
        <source>%1 already has this appeal: %2.</source>
        <translation>%1 की यह अपील पहले से दर्ज है: %2।</translation>
    </message>
</context>
<context>
    <name>gd::Attendance</name>
    <message>
        <source>P</source>
        <translation>उ</translation>
    </message>
    <message>
        <source>A</source>
        <translation>अ</translation>
    </message>
    <message>
        <source>CL</source>
        <translation>आक</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>चि</translation>
    </message>
    <message>
        <source>EL</source>
        <translation>अर्जि</translation>
    </message>
    <message>
        <source>T</source>
        <translation>दौ</translation>
    </message>
    <message>
        <source>TR</source>
        <translation>प्र</translation>
    </message>
    <message>
        <source>BM</source>
        <translation>बै</translation>
    </message>
    <message>
        <source>Marked again on the day&apos;s sheet: %1 → %2</source>
        <translation>दिन की उपस्थिति में दोबारा दर्ज: %1 → %2</translation>
    </message>
    <message>
        <source>%1 is not a working day (a holiday or the weekly off); only working days are marked</source>
        <translation>%1 कार्य दिवस नहीं है (अवकाश या साप्ताहिक अवकाश); उपस्थिति केवल कार्य दिवसों की दर्ज होती है</translation>
    </message>
    <message>
        <source>arrival and departure are kept for a day in the office; clear them, or mark present</source>
        <translation>आने-जाने का समय कार्यालय में उपस्थित दिन का ही रखा जाता है; समय हटाएँ या उपस्थित चुनें</translation>
    </message>
    <message>
        <source>the departure is before the arrival</source>
        <translation>जाने का समय आने के समय से पहले है</translation>
    </message>
    <message>
        <source>%1 is not on the staff list; add the person in Staff and ward members first.</source>
        <translation>%1 कर्मचारियों की सूची में नहीं है; पहले कर्मचारी एवं वार्ड सदस्य में जोड़ें।</translation>
    </message>
    <message>
        <source>%1 is already marked for %2 (%3); correct that entry instead.</source>
        <translation>%1 की %2 की उपस्थिति पहले से दर्ज है (%3); उसी प्रविष्टि को संशोधित करें।</translation>
    </message>
</context>
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
    <message>
        <source>table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>index</source>
        <translation>सूचकांक</translation>
    </message>
    <message>
        <source>view</source>
        <translation>व्यू</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>ट्रिगर</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>%1 %2 ग़ायब है</translation>
    </message>
    <message>
        <source>%1 %2 is not as GramDesk made it</source>
        <translation>%1 %2 वैसा नहीं है जैसा ग्रामडेस्क ने बनाया था</translation>
    </message>
    <message>
        <source>%1 %2 was added</source>
        <translation>%1 %2 जोड़ा गया</translation>
    </message>
    <message>
        <source>the list of audited tables in the book was changed</source>
        <translation>बही में ऑडिट होने वाली तालिकाओं की सूची बदली गई</translation>
    </message>
    <message>
        <source>The book&apos;s structure was changed outside GramDesk: %1.</source>
        <translation>बही की संरचना ग्रामडेस्क के बाहर बदली गई: %1।</translation>
    </message>
    <message>
        <source>The password of user %1 was changed outside GramDesk (its hash differs from the audit log).</source>
        <translation>उपयोगकर्ता %1 का पासवर्ड ग्रामडेस्क के बाहर बदला गया (उसका हैश ऑडिट लॉग से मेल नहीं खाता)।</translation>
    </message>
</context>
<context>
    <name>gd::AuditReading</name>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Cash book: days closed</source>
        <translation>रोकड़ बही: बंद किए दिन</translation>
    </message>
    <message>
        <source>Cash book: months closed</source>
        <translation>रोकड़ बही: बंद किए महीने</translation>
    </message>
    <message>
        <source>Bank reconciliations</source>
        <translation>बैंक मिलान</translation>
    </message>
    <message>
        <source>Stock verifications</source>
        <translation>स्टॉक सत्यापन</translation>
    </message>
    <message>
        <source>ISO readiness: evidence</source>
        <translation>आईएसओ तैयारी: साक्ष्य</translation>
    </message>
    <message>
        <source>Corrected (version %1)</source>
        <translation>सुधारी गई (रूप %1)</translation>
    </message>
    <message>
        <source>Action recorded (version %1)</source>
        <translation>कार्यवाही दर्ज (रूप %1)</translation>
    </message>
    <message>
        <source>Reopened (version %1)</source>
        <translation>फिर खोली गई (रूप %1)</translation>
    </message>
    <message>
        <source>Cancelled (version %1)</source>
        <translation>निरस्त (रूप %1)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>हटाई गई</translation>
    </message>
    <message>
        <source>Replaced by a newer version</source>
        <translation>नए रूप से बदली गई</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>बदली गई</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>नई प्रविष्टि</translation>
    </message>
    <message>
        <source>New version %1</source>
        <translation>नया रूप %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>पंक्ति %1</translation>
    </message>
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
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>असफल लॉगिन</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>तब तक बंद</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Name in Hindi</source>
        <translation>हिंदी में नाम</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>अंग्रेज़ी में नाम</translation>
    </message>
    <message>
        <source>LGD code</source>
        <translation>एलजीडी कोड</translation>
    </message>
    <message>
        <source>LGD code valid from</source>
        <translation>एलजीडी कोड कब से मान्य</translation>
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
        <source>State LGD code</source>
        <translation>राज्य का एलजीडी कोड</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>गाँव</translation>
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
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>बंद करने का समय</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>बंद करने वाले</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>कोई प्रविष्टि नहीं</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>माह</translation>
    </message>
    <message>
        <source>Cash by the book</source>
        <translation>बही के अनुसार नकद</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>गिना गया नकद</translation>
    </message>
    <message>
        <source>Notes and coins</source>
        <translation>नोट और सिक्के</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>स्पष्टीकरण</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Balance by the book</source>
        <translation>बही के अनुसार शेष</translation>
    </message>
    <message>
        <source>Cheques not yet presented</source>
        <translation>चेक जो अभी प्रस्तुत नहीं हुए</translation>
    </message>
    <message>
        <source>Deposits not yet credited</source>
        <translation>जमा जो अभी खाते में नहीं आए</translation>
    </message>
    <message>
        <source>Bank charges not yet in the book</source>
        <translation>बैंक शुल्क जो अभी बही में नहीं</translation>
    </message>
    <message>
        <source>Interest not yet in the book</source>
        <translation>ब्याज जो अभी बही में नहीं</translation>
    </message>
    <message>
        <source>Balance by the statement</source>
        <translation>विवरणी के अनुसार शेष</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>वस्तु</translation>
    </message>
    <message>
        <source>Quantity by the book</source>
        <translation>बही के अनुसार मात्रा</translation>
    </message>
    <message>
        <source>Quantity counted</source>
        <translation>गिनी गई मात्रा</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>सत्यापन करने वाले</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>अभिरक्षक</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>दर्ज करने का समय</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>जोड़ने का समय</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>जोड़ने वाले</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>फ़ाइल का प्रकार</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>आकार (बाइट)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Password (fingerprint)</source>
        <translation>पासवर्ड (फ़िंगरप्रिंट)</translation>
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
    <message>
        <source>The book itself passed its check just now.</source>
        <translation>बही स्वयं अभी-अभी अपनी जाँच में सही पाई गई।</translation>
    </message>
    <message>
        <source>The book itself failed its check too (%1): stop entering data, restore the latest good backup (Backups → Restore) and tell the secretary.</source>
        <translation>बही स्वयं भी अपनी जाँच में विफल रही (%1): प्रविष्टियाँ करना रोकें, सबसे नया सही बैकअप बहाल करें (बैकअप → बहाल करें) और सचिव को बताएँ।</translation>
    </message>
    <message>
        <source>The backup to %1 failed (%2); try another folder. %3</source>
        <translation>%1 पर बैकअप नहीं हो सका (%2); दूसरा फ़ोल्डर आज़माएँ। %3</translation>
    </message>
    <message>
        <source>The backup copy failed its check (%1) and was thrown away. %2</source>
        <translation>बैकअप प्रति जाँच में विफल रही (%1) और हटा दी गई। %2</translation>
    </message>
    <message>
        <source>%1 is the book of %2 (LGD code %3), not of %4 (LGD code %5); nothing was restored. Restore it only to put that office&apos;s book in place of this one.</source>
        <translation>%1, %2 (एलजीडी कोड %3) की बही है, %4 (एलजीडी कोड %5) की नहीं; कुछ भी बहाल नहीं हुआ। इसे तभी बहाल करें जब उस कार्यालय की बही को इस बही की जगह रखना हो।</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>बैकअप %1</translation>
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
        <source>%1 could not be created (%2).</source>
        <translation>%1 नहीं बनाई जा सकी (%2)।</translation>
    </message>
    <message>
        <source>The book %1 is not open.</source>
        <translation>बही %1 खुली नहीं है।</translation>
    </message>
    <message>
        <source>The rows could not be written.</source>
        <translation>पंक्तियाँ लिखी नहीं जा सकीं।</translation>
    </message>
    <message>
        <source>The book %1 has reached the largest file this system lets GramDesk write (a file-size limit, such as ulimit -f), so nothing was saved. Ask the administrator to remove the limit, then try again.</source>
        <translation>बही %1 उस सबसे बड़े आकार तक पहुँच गई है जितनी फ़ाइल यह सिस्टम ग्रामडेस्क को लिखने देता है (फ़ाइल-आकार की सीमा, जैसे ulimit -f), इसलिए कुछ भी सहेजा नहीं गया। व्यवस्थापक से सीमा हटवाएँ, फिर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>The book %1 is open for reading only here; nothing was saved.</source>
        <translation>बही %1 यहाँ केवल पढ़ने के लिए खुली है; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The book is damaged: %1.</source>
        <translation>बही क्षतिग्रस्त है: %1।</translation>
    </message>
    <message>
        <source>The disk holding the book %1 could not read or write it, so nothing was saved. Check that the disk or USB stick is connected, then try again; restore the latest backup if it happens again.</source>
        <translation>बही %1 वाली डिस्क उसे पढ़ या लिख नहीं सकी, इसलिए कुछ सहेजा नहीं गया। देखें कि डिस्क या USB स्टिक जुड़ी है, फिर कोशिश करें; फिर से ऐसा हो तो नवीनतम बैकअप बहाल करें।</translation>
    </message>
    <message>
        <source>The computer ran out of memory, so nothing was saved. Close other programs and try again.</source>
        <translation>कंप्यूटर की मेमोरी भर गई, इसलिए कुछ सहेजा नहीं गया। दूसरे प्रोग्राम बंद करके फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The book %1 could not be read or written (error %2), so nothing was saved. Try again, and restore the latest backup if it happens again.</source>
        <translation>बही %1 पढ़ी या लिखी नहीं जा सकी (त्रुटि %2), इसलिए कुछ सहेजा नहीं गया। फिर कोशिश करें, और फिर से ऐसा हो तो नवीनतम बैकअप बहाल करें।</translation>
    </message>
    <message>
        <source>the audit log is append-only</source>
        <translation>ऑडिट लॉग में केवल जोड़ा जा सकता है</translation>
    </message>
    <message>
        <source>register entries are never deleted</source>
        <translation>रजिस्टर की प्रविष्टियाँ कभी हटाई नहीं जातीं</translation>
    </message>
    <message>
        <source>register entries are never overwritten</source>
        <translation>रजिस्टर की प्रविष्टियों के ऊपर कभी लिखा नहीं जाता</translation>
    </message>
    <message>
        <source>a closed day is never reopened</source>
        <translation>बंद किया गया दिन फिर कभी खोला नहीं जाता</translation>
    </message>
    <message>
        <source>a closed month is never reopened</source>
        <translation>बंद किया गया महीना फिर कभी खोला नहीं जाता</translation>
    </message>
    <message>
        <source>a verification is kept as it was recorded</source>
        <translation>सत्यापन वैसा ही रखा जाता है जैसा दर्ज हुआ</translation>
    </message>
    <message>
        <source>evidence is kept as it was added</source>
        <translation>साक्ष्य वैसा ही रखा जाता है जैसा जोड़ा गया</translation>
    </message>
    <message>
        <source>a seal is kept as it was made</source>
        <translation>मुहर वैसी ही रखी जाती है जैसी बनी</translation>
    </message>
    <message>
        <source>The book does not allow this change: %1. Nothing was saved.</source>
        <translation>बही यह बदलाव नहीं होने देती: %1। कुछ सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>The entry repeats one already in the book. Nothing was saved; check it and try again.</source>
        <translation>यह प्रविष्टि बही में पहले से मौजूद एक प्रविष्टि को दोहराती है। कुछ सहेजा नहीं गया; उसे जाँचकर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The entry refers to something that is not in the book. Nothing was saved; check it and try again.</source>
        <translation>यह प्रविष्टि किसी ऐसी चीज़ का उल्लेख करती है जो बही में नहीं है। कुछ सहेजा नहीं गया; उसे जाँचकर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The entry has a value the book does not accept. Nothing was saved; check it and try again.</source>
        <translation>इस प्रविष्टि में ऐसा मान है जो बही स्वीकार नहीं करती। कुछ सहेजा नहीं गया; उसे जाँचकर फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>gd::BookLock</name>
    <message>
        <source>The book %1 cannot be written: the file %2 cannot be made beside it. Copy the book to a folder you may write to, or ask the administrator for access.</source>
        <translation>बही %1 में लिखा नहीं जा सकता: उसके पास फ़ाइल %2 नहीं बन सकती। बही को ऐसे फ़ोल्डर में कॉपी करें जिसमें आप लिख सकते हैं, या व्यवस्थापक से अनुमति माँगें।</translation>
    </message>
    <message>
        <source>The book %1 is open in %2 on this PC since %3 (process %4); close it there first.</source>
        <translation>बही %1 इस पीसी पर %3 से %2 में खुली है (प्रोसेस %4); पहले उसे वहाँ बंद करें।</translation>
    </message>
    <message>
        <source>The book %1 is open in %2 on the PC %3 since %4; close it there first.</source>
        <translation>बही %1 पीसी %3 पर %4 से %2 में खुली है; पहले उसे वहाँ बंद करें।</translation>
    </message>
    <message>
        <source>The book %1 is open in another GramDesk; close it there first.</source>
        <translation>बही %1 किसी दूसरे ग्रामडेस्क में खुली है; पहले उसे वहाँ बंद करें।</translation>
    </message>
</context>
<context>
    <name>gd::CashBook</name>
    <message>
        <source>an amount is more than zero</source>
        <translation>राशि शून्य से अधिक होती है</translation>
    </message>
    <message>
        <source>a contra entry moves money to another account; choose it</source>
        <translation>कॉन्ट्रा प्रविष्टि धन को दूसरे खाते में ले जाती है; वह खाता चुनें</translation>
    </message>
    <message>
        <source>a contra entry moves money between two different accounts</source>
        <translation>कॉन्ट्रा प्रविष्टि दो अलग-अलग खातों के बीच होती है</translation>
    </message>
    <message>
        <source>only a contra entry has a second account</source>
        <translation>दूसरा खाता केवल कॉन्ट्रा प्रविष्टि में होता है</translation>
    </message>
    <message>
        <source>a receipt or payment is booked under a head of account</source>
        <translation>प्राप्ति या भुगतान किसी मद में दर्ज होता है</translation>
    </message>
    <message>
        <source>%1 is a head for payments, not receipts</source>
        <translation>%1 भुगतान का मद है, प्राप्ति का नहीं</translation>
    </message>
    <message>
        <source>%1 is a head for receipts, not payments</source>
        <translation>%1 प्राप्ति का मद है, भुगतान का नहीं</translation>
    </message>
    <message>
        <source>%1 was opened in the book on %2; an entry cannot be dated before that</source>
        <translation>%1 बही में %2 को खोला गया; उससे पहले की प्रविष्टि नहीं हो सकती</translation>
    </message>
    <message>
        <source>The cash book is closed up to %1; an entry on %2 cannot be written or changed. Correct a closed day with a reversal entry dated today.</source>
        <translation>रोकड़ बही %1 तक बंद है; %2 की प्रविष्टि न लिखी जा सकती है न बदली जा सकती है। बंद दिन का सुधार आज की तिथि की प्रतिलोम (रिवर्सल) प्रविष्टि से करें।</translation>
    </message>
    <message>
        <source>This would take %1 below zero on %2 (the balance there would be ₹ %3). An account never goes below zero: check the amount, the account and the date.</source>
        <translation>इससे %2 को %1 शून्य से नीचे चला जाएगा (तब शेष ₹ %3 होगा)। कोई खाता शून्य से नीचे नहीं जाता: राशि, खाता और तिथि जाँचें।</translation>
    </message>
    <message>
        <source>A day is closed on or after the day itself, never before it.</source>
        <translation>दिन उसी दिन या उसके बाद बंद होता है, पहले कभी नहीं।</translation>
    </message>
    <message>
        <source>The cash book has no accounts yet: add the cash in hand and the bank accounts with their opening balances first.</source>
        <translation>रोकड़ बही में अभी कोई खाता नहीं है: पहले हाथ में नकद और बैंक खाते उनके प्रारंभिक शेष के साथ जोड़ें।</translation>
    </message>
    <message>
        <source>The cash book is already closed up to %1.</source>
        <translation>रोकड़ बही %1 तक पहले ही बंद है।</translation>
    </message>
    <message>
        <source>Write why the voucher is reversed.</source>
        <translation>लिखें कि वाउचर क्यों उलटा जा रहा है।</translation>
    </message>
    <message>
        <source>%1 is cancelled; there is nothing to reverse.</source>
        <translation>%1 निरस्त है; उलटने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>%1 is itself a reversal.</source>
        <translation>%1 स्वयं एक प्रतिलोम प्रविष्टि है।</translation>
    </message>
    <message>
        <source>Reversal of %1: %2</source>
        <translation>%1 का प्रतिलोम: %2</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-10.</source>
        <translation>माह YYYY-MM रूप में दें, जैसे 2026-10।</translation>
    </message>
    <message>
        <source>Close every day of %1 first (the cash book is closed up to %2).</source>
        <translation>पहले %1 का हर दिन बंद करें (रोकड़ बही %2 तक बंद है)।</translation>
    </message>
    <message>
        <source>%1 is already closed.</source>
        <translation>%1 पहले ही बंद है।</translation>
    </message>
    <message>
        <source>Count notes and coins of 2000, 500, 200, 100, 50, 20, 10, 5, 2 and 1 rupees, none below zero.</source>
        <translation>2000, 500, 200, 100, 50, 20, 10, 5, 2 और 1 रुपये के नोट और सिक्के गिनें, कोई भी शून्य से कम नहीं।</translation>
    </message>
    <message>
        <source>The cash counted (₹ %1) differs from the book (₹ %2) by ₹ %3: explain the difference.</source>
        <translation>गिना गया नकद (₹ %1) बही (₹ %2) से ₹ %3 अलग है: अंतर का कारण लिखें।</translation>
    </message>
    <message>
        <source>%1 is not a bank account of the cash book in %2.</source>
        <translation>%1 %2 में रोकड़ बही का बैंक खाता नहीं है।</translation>
    </message>
    <message>
        <source>Reconcile %1 with its bank statement of %2 too.</source>
        <translation>%1 का भी %2 के बैंक विवरण से मिलान करें।</translation>
    </message>
    <message>
        <source>The amounts of a reconciliation are not below zero.</source>
        <translation>मिलान की राशियाँ शून्य से कम नहीं होतीं।</translation>
    </message>
    <message>
        <source>%1 does not reconcile: the statement shows ₹ %2, the book explains ₹ %3 (difference ₹ %4). Check the items, or explain the difference.</source>
        <translation>%1 का मिलान नहीं हुआ: बैंक विवरण ₹ %2 दिखाता है, बही से ₹ %3 बनता है (अंतर ₹ %4)। मदें जाँचें, या अंतर का कारण लिखें।</translation>
    </message>
    <message>
        <source>Choose a period of up to a year, the first day before the last.</source>
        <translation>एक वर्ष तक की अवधि चुनें, पहली तिथि अंतिम से पहले।</translation>
    </message>
    <message>
        <source>%1 is not closed yet.</source>
        <translation>%1 अभी बंद नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>gd::CharterPoster</name>
    <message>
        <source>Print it on several sheets (choose &quot;Sheets: as many as needed&quot;).</source>
        <translation>इसे कई शीटों पर छापें (&quot;शीट: जितनी चाहिए&quot; चुनें)।</translation>
    </message>
    <message>
        <source>Choose A3 paper, or print it on several sheets (choose &quot;Sheets: as many as needed&quot;).</source>
        <translation>A3 कागज़ चुनें, या इसे कई शीटों पर छापें (&quot;शीट: जितनी चाहिए&quot; चुनें)।</translation>
    </message>
    <message>
        <source>The %1 services of the charter do not fit one %2 sheet at %3 points, the smallest text read from two metres. %4</source>
        <translation>अधिकार पत्र की %1 सेवाएँ %3 पॉइंट पर, यानी दो मीटर से पढ़े जा सकने वाले सबसे छोटे अक्षरों में, एक %2 शीट पर नहीं आतीं। %4</translation>
    </message>
</context>
<context>
    <name>gd::CsvTransfer</name>
    <message>
        <source>the column appears twice; keep one</source>
        <translation>यह कॉलम दो बार है; एक ही रखें</translation>
    </message>
    <message>
        <source>unknown column (a typo?). The columns of %1 are: %2</source>
        <translation>अज्ञात कॉलम (वर्तनी की भूल?)। %1 के कॉलम ये हैं: %2</translation>
    </message>
    <message>
        <source>this required column is missing; add it to the first row</source>
        <translation>यह आवश्यक कॉलम नहीं है; इसे पहली पंक्ति में जोड़ें</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was written.</source>
        <translation>आयात रोक दिया गया; कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>the row has %1 cells but the first row names %2 columns; check for a separator inside a cell that is not in quotes</source>
        <translation>इस पंक्ति में %1 खाने हैं पर पहली पंक्ति में %2 कॉलम हैं; देखें कि किसी खाने में बिना उद्धरण चिह्न के विभाजक तो नहीं है</translation>
    </message>
    <message>
        <source>a cancelled entry is not imported; remove the row</source>
        <translation>निरस्त प्रविष्टि आयात नहीं होती; यह पंक्ति हटाएँ</translation>
    </message>
    <message>
        <source>%1 is also on line %2; each may appear once</source>
        <translation>%1 पंक्ति %2 में भी है; हर एक केवल एक बार आ सकता है</translation>
    </message>
    <message>
        <source>%1 is already in the register; leave the number empty to get the next one</source>
        <translation>%1 रजिस्टर में पहले से है; अगला क्रमांक पाने के लिए क्रमांक खाली छोड़ें</translation>
    </message>
    <message>
        <source>holds the spreadsheet formula %1, not its value. In the spreadsheet copy the column and paste it back as values only (Paste Special → Values), then save and import again.</source>
        <translation>में स्प्रेडशीट का सूत्र %1 है, उसका मान नहीं। स्प्रेडशीट में कॉलम कॉपी करके केवल मान के रूप में वापस चिपकाएँ (Paste Special → Values), फिर सहेजकर दोबारा आयात करें।</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;: the letters became question marks, because the file was saved in a code page without Hindi. In the spreadsheet use Save As → &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>में &quot;%1&quot; लिखा है: अक्षर प्रश्नचिह्न बन गए, क्योंकि फ़ाइल ऐसे कोड पेज में सहेजी गई जिसमें हिंदी नहीं है। स्प्रेडशीट में &quot;इस रूप में सहेजें&quot; → &quot;CSV UTF-8&quot; चुनें और वह फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <source>%1 are written by the register&apos;s own actions, which change its entries as they are recorded; they cannot be imported. Import the register&apos;s entries instead.</source>
        <translation>%1 रजिस्टर की अपनी कार्रवाइयों से लिखी जाती हैं, जो दर्ज होते समय उसकी प्रविष्टियाँ भी बदलती हैं; इन्हें आयात नहीं किया जा सकता। रजिस्टर की प्रविष्टियाँ आयात करें।</translation>
    </message>
    <message>
        <source>the text looks typed in an old Hindi font that GramDesk cannot convert (it reads KrutiDev 010 and Walkman Chanakya); convert the column to Unicode first (for example with the converter that came with the font), or retype it</source>
        <translation>पाठ किसी ऐसे पुराने हिंदी फ़ॉन्ट में टाइप किया लगता है जिसे ग्रामडेस्क नहीं बदल सकता (वह कृतिदेव 010 और वॉकमैन चाणक्य पढ़ता है); कॉलम को पहले यूनिकोड में बदलें (जैसे फ़ॉन्ट के साथ आए कन्वर्टर से), या दोबारा टाइप करें</translation>
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
        <source>&quot;%1&quot; has no month %2: a date is written day first, as DD-MM-YYYY.</source>
        <translation>&quot;%1&quot; में महीना %2 नहीं हो सकता: तारीख़ पहले दिन से लिखी जाती है, दिन-माह-वर्ष (DD-MM-YYYY) के रूप में।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1900; check the year.</source>
        <translation>&quot;%1&quot; वर्ष 1900 से पहले की है; वर्ष जाँचें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year in four digits here, for example 05-04-1986.</source>
        <translation>&quot;%1&quot; में वर्ष दो अंकों का है; यहाँ वर्ष चार अंकों में लिखें, जैसे 05-04-1986।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year, which is read only for %2 to %3; write the year in four digits.</source>
        <translation>&quot;%1&quot; में वर्ष दो अंकों का है, जो केवल %2 से %3 तक के लिए पढ़ा जाता है; वर्ष चार अंकों में लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: with AM or PM the hour is from 1 to 12.</source>
        <translation>&quot;%1&quot; समय नहीं है: AM या PM (पूर्वाह्न/अपराह्न) के साथ घंटा 1 से 12 तक होता है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as HH:MM on the 24-hour clock, for example 14:30, or with AM or PM, for example 2:30 PM.</source>
        <translation>&quot;%1&quot; समय नहीं है। इसे 24 घंटे की घड़ी में HH:MM रूप में लिखें, जैसे 14:30, या AM/PM के साथ, जैसे 2:30 PM।</translation>
    </message>
</context>
<context>
    <name>gd::Demo</name>
    <message>
        <source>--years takes a number from 1 to 30.</source>
        <translation>--years के बाद 1 से 30 तक की संख्या दें।</translation>
    </message>
    <message>
        <source>--population takes a number from 500 to 50000.</source>
        <translation>--population में 500 से 50000 तक की संख्या दें।</translation>
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
    <name>gd::EntryBatch</name>
    <message>
        <source>The register changed while the rows were written; nothing was written.</source>
        <translation>पंक्तियाँ लिखते समय रजिस्टर बदल गया; कुछ नहीं लिखा गया।</translation>
    </message>
</context>
<context>
    <name>gd::EntryService</name>
    <message>
        <source>Write why the entry is corrected; the old version stays visible.</source>
        <translation>लिखें कि प्रविष्टि क्यों सुधारी जा रही है; पुराना रूप दिखता रहेगा।</translation>
    </message>
</context>
<context>
    <name>gd::EntryStore</name>
    <message>
        <source>The entry has no date.</source>
        <translation>प्रविष्टि में तिथि नहीं है।</translation>
    </message>
    <message>
        <source>The number %1 is already in the register; leave the number empty to get the next one.</source>
        <translation>क्रमांक %1 रजिस्टर में पहले से है; अगला क्रमांक पाने के लिए क्रमांक खाली छोड़ें।</translation>
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile. Open it again and repeat your change.</source>
        <translation>इस बीच %2 ने %1 बदल दिया। इसे फिर से खोलें और अपना बदलाव दोहराएँ।</translation>
    </message>
    <message>
        <source>%1 is cancelled; a cancelled entry is not changed any more.</source>
        <translation>%1 निरस्त है; निरस्त प्रविष्टि में अब बदलाव नहीं होता।</translation>
    </message>
    <message>
        <source>Write why the entry is cancelled.</source>
        <translation>लिखें कि प्रविष्टि क्यों निरस्त की जा रही है।</translation>
    </message>
    <message>
        <source>There is no entry %1 in the %2.</source>
        <translation>%2 में प्रविष्टि %1 नहीं है।</translation>
    </message>
    <message>
        <source>The code %1 is already in the file index; leave the code empty to get the next one.</source>
        <translation>कोड %1 पत्रावली सूची में पहले से है; अगला कोड पाने के लिए कोड खाली छोड़ें।</translation>
    </message>
    <message>
        <source>The entry could not be written.</source>
        <translation>प्रविष्टि लिखी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>gd::FamilyRegister</name>
    <message>
        <source>Give the family&apos;s village and number.</source>
        <translation>परिवार का गाँव और परिवार क्रमांक दें।</translation>
    </message>
    <message>
        <source>There is no family %1 in the register.</source>
        <translation>रजिस्टर में परिवार %1 नहीं है।</translation>
    </message>
    <message>
        <source>Family number %1 is already used in %2; the next free number is offered.</source>
        <translation>परिवार क्रमांक %1 %2 में पहले से है; अगला खाली क्रमांक दिया गया है।</translation>
    </message>
    <message>
        <source>Carried into the family register</source>
        <translation>परिवार रजिस्टर में दर्ज</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer a living member of the family.</source>
        <translation>%1 (%2) अब परिवार के जीवित सदस्य नहीं हैं।</translation>
    </message>
    <message>
        <source>Write the reason of the change or the authority it follows.</source>
        <translation>बदलाव का कारण या जिस आदेश से बदलाव हुआ वह लिखें।</translation>
    </message>
    <message>
        <source>A member joins a family by birth, marriage or migration.</source>
        <translation>सदस्य जन्म, विवाह या बाहर से आकर ही परिवार में जुड़ता है।</translation>
    </message>
    <message>
        <source>A member leaves a family by death, marriage or migration.</source>
        <translation>सदस्य मृत्यु, विवाह या बाहर जाने से ही परिवार से हटता है।</translation>
    </message>
    <message>
        <source>%1 is already in family %2.</source>
        <translation>%1 पहले से परिवार %2 में हैं।</translation>
    </message>
    <message>
        <source>Choose the members who form the new family.</source>
        <translation>नया परिवार बनाने वाले सदस्य चुनें।</translation>
    </message>
    <message>
        <source>The members who split off come from one family.</source>
        <translation>अलग होने वाले सभी सदस्य एक ही परिवार के हों।</translation>
    </message>
    <message>
        <source>A correction of the family register follows an order: write the order and who made it.</source>
        <translation>परिवार रजिस्टर में संशोधन आदेश से ही होता है: आदेश और आदेश देने वाले अधिकारी का नाम लिखें।</translation>
    </message>
    <message>
        <source>%1 is not an application for a copy of the family register (service %2).</source>
        <translation>%1 परिवार रजिस्टर की नकल (सेवा %2) का आवेदन नहीं है।</translation>
    </message>
    <message>
        <source>Write the number of the fee receipt.</source>
        <translation>शुल्क रसीद का क्रमांक लिखें।</translation>
    </message>
    <message>
        <source>Family %1 had no members on %2.</source>
        <translation>%2 को परिवार %1 में कोई सदस्य नहीं था।</translation>
    </message>
    <message>
        <source>Certified copy %1 of family %2 as on %3</source>
        <translation>परिवार %2 की %3 की स्थिति की प्रमाणित नकल %1</translation>
    </message>
    <message>
        <source>give the date of birth or, when it is not known, the age</source>
        <translation>जन्म तिथि दें, या ज्ञात न हो तो आयु</translation>
    </message>
    <message>
        <source>give the date of birth or the age, not both</source>
        <translation>जन्म तिथि या आयु में से एक दें, दोनों नहीं</translation>
    </message>
    <message>
        <source>a living member has not left the family; choose deceased or left, or clear the date and the reason of leaving</source>
        <translation>जीवित सदस्य परिवार से हटा नहीं है; मृत या परिवार से हटे चुनें, या हटने की तिथि और कारण खाली करें</translation>
    </message>
    <message>
        <source>give the date of the death or of leaving</source>
        <translation>मृत्यु या परिवार से हटने की तिथि दें</translation>
    </message>
    <message>
        <source>a deceased member left by death</source>
        <translation>मृत सदस्य का हटने का कारण मृत्यु है</translation>
    </message>
    <message>
        <source>a member who left went by marriage, migration or a split</source>
        <translation>परिवार से हटा सदस्य विवाह, बाहर जाने या परिवार के बँटवारे से हटता है</translation>
    </message>
    <message>
        <source>Family %1 already has a living head, %2 (%3). Correct that row first.</source>
        <translation>परिवार %1 के मुखिया %2 (%3) जीवित हैं। पहले उस पंक्ति को संशोधित करें।</translation>
    </message>
    <message>
        <source>Family %1 already has serial %2: %3.</source>
        <translation>परिवार %1 में क्रमांक %2 पहले से है: %3।</translation>
    </message>
</context>
<context>
    <name>gd::Fields</name>
    <message>
        <source>a mobile number has 10 digits and starts with 6, 7, 8 or 9 (a +91 or 0 before it may be left out)</source>
        <translation>मोबाइल नंबर 10 अंकों का होता है और 6, 7, 8 या 9 से शुरू होता है (आगे का +91 या 0 छोड़ा जा सकता है)</translation>
    </message>
    <message>
        <source>is required; fill it in</source>
        <translation>आवश्यक है; इसे भरें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; इनमें से नहीं है: %2</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>तिथि नहीं है</translation>
    </message>
    <message>
        <source>%1 is after today; an entry cannot be dated in the future</source>
        <translation>%1 आज के बाद की है; प्रविष्टि भविष्य की तिथि की नहीं हो सकती</translation>
    </message>
    <message>
        <source>%1 is too long ago; check the year</source>
        <translation>%1 बहुत पुरानी है; वर्ष जाँचें</translation>
    </message>
    <message>
        <source>is not a time (HH:MM)</source>
        <translation>समय नहीं है (HH:MM)</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>%1 से %2 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>is not an amount GramDesk accepts</source>
        <translation>ऐसी राशि ग्रामडेस्क स्वीकार नहीं करता</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice here</source>
        <translation>&quot;%1&quot; यहाँ का विकल्प नहीं है</translation>
    </message>
    <message>
        <source>a code is 1 to 20 letters (A–Z), digits, - or _, without spaces</source>
        <translation>कोड 1 से 20 अक्षरों (A–Z), अंकों, - या _ का होता है, बिना रिक्त स्थान के</translation>
    </message>
    <message>
        <source>contains control characters; type plain text</source>
        <translation>इसमें नियंत्रण वर्ण हैं; सादा पाठ लिखें</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit</source>
        <translation>%1 वर्ण लंबा है; अधिकतम %2 आ सकते हैं</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>कार्य दिवस</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>कैलेंडर दिवस</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>उपयोग में</translation>
    </message>
    <message>
        <source>Father/husband name</source>
        <translation>पिता/पति का नाम</translation>
    </message>
    <message>
        <source>Village/ward</source>
        <translation>गाँव/वार्ड</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Citizen charter services</source>
        <translation>नागरिक अधिकार पत्र की सेवाएँ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Name (Hindi)</source>
        <translation>नाम (हिंदी)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>नाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Time limit (days)</source>
        <translation>समय सीमा (दिन)</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>दिनों की गणना</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>आवश्यक अभिलेख</translation>
    </message>
    <message>
        <source>Where and how to apply</source>
        <translation>कहाँ और कैसे आवेदन करें</translation>
    </message>
    <message>
        <source>Designated officer</source>
        <translation>पदाभिहित अधिकारी</translation>
    </message>
    <message>
        <source>First appellate officer</source>
        <translation>प्रथम अपीलीय अधिकारी</translation>
    </message>
    <message>
        <source>Second appellate officer</source>
        <translation>द्वितीय अपीलीय अधिकारी</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>शिकायत की श्रेणियाँ</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <source>Visitor register</source>
        <translation>आगंतुक रजिस्टर</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>आने का समय</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>जाने का समय</translation>
    </message>
    <message>
        <source>Visitor name</source>
        <translation>आगंतुक का नाम</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>प्रयोजन</translation>
    </message>
    <message>
        <source>service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>भेंट</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Officer met</source>
        <translation>किनसे मिले</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>अग्रसारित</translation>
    </message>
    <message>
        <source>Application/complaint number</source>
        <translation>आवेदन/शिकायत क्रमांक</translation>
    </message>
    <message>
        <source>Rating: time taken</source>
        <translation>रेटिंग: लगा समय</translation>
    </message>
    <message>
        <source>Rating: staff behaviour</source>
        <translation>रेटिंग: कर्मचारियों का व्यवहार</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>अभी अंदर</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>जा चुके</translation>
    </message>
    <message>
        <source>Left without feedback</source>
        <translation>बिना प्रतिक्रिया के गए</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Service applications</source>
        <translation>सेवा आवेदन</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>आवेदन क्रमांक</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>प्राप्ति तिथि</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>आवेदक का नाम</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>प्राप्त अभिलेख</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>सेवा दी गई</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Delivered/rejected on</source>
        <translation>सेवा/अस्वीकृति की तिथि</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>आज नियत</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>समय सीमा पार</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>सेवा दी गई</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>शिकायत रजिस्टर</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>शिकायत क्रमांक</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>स्वयं आकर</translation>
    </message>
    <message>
        <source>complaint box</source>
        <translation>शिकायत पेटी</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>पोर्टल संदर्भ संख्या</translation>
    </message>
    <message>
        <source>Complainant name</source>
        <translation>शिकायतकर्ता का नाम</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Marked to</source>
        <translation>किसे सौंपी</translation>
    </message>
    <message>
        <source>received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>कार्यवाही जारी</translation>
    </message>
    <message>
        <source>interim reply</source>
        <translation>अंतरिम उत्तर</translation>
    </message>
    <message>
        <source>disposed</source>
        <translation>निस्तारित</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>स्थानांतरित</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>निस्तारण तिथि</translation>
    </message>
    <message>
        <source>Action taken / reply</source>
        <translation>की गई कार्यवाही / उत्तर</translation>
    </message>
    <message>
        <source>Complainant satisfied</source>
        <translation>शिकायतकर्ता संतुष्ट</translation>
    </message>
    <message>
        <source>Interim reply</source>
        <translation>अंतरिम उत्तर</translation>
    </message>
    <message>
        <source>Reply sent on</source>
        <translation>उत्तर भेजने की तिथि</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>किसे अग्रेषित</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>अग्रेषण तिथि</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुली</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>अग्रेषित</translation>
    </message>
    <message>
        <source>Disposed, rejected or transferred</source>
        <translation>निस्तारित, अस्वीकृत या स्थानांतरित</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>प्राप्ति का माध्यम</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>फिर खोलने का कारण</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>सुधार का कारण</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>निरस्त करने का कारण</translation>
    </message>
    <message>
        <source>Birth and death register</source>
        <translation>जन्म-मृत्यु रजिस्टर</translation>
    </message>
    <message>
        <source>within 21 days</source>
        <translation>21 दिन के भीतर</translation>
    </message>
    <message>
        <source>late (22–30 days)</source>
        <translation>विलंब (22–30 दिन)</translation>
    </message>
    <message>
        <source>permission (31 days–1 year)</source>
        <translation>अनुमति (31 दिन–1 वर्ष)</translation>
    </message>
    <message>
        <source>order (over 1 year)</source>
        <translation>आदेश (1 वर्ष से अधिक)</translation>
    </message>
    <message>
        <source>Delay category</source>
        <translation>विलंब श्रेणी</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>आयु (वर्ष)</translation>
    </message>
    <message>
        <source>Days to report</source>
        <translation>सूचना में लगे दिन</translation>
    </message>
    <message>
        <source>Days waiting for CRS</source>
        <translation>CRS हेतु प्रतीक्षा (दिन)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <source>death</source>
        <translation>मृत्यु</translation>
    </message>
    <message>
        <source>still birth</source>
        <translation>मृत जन्म</translation>
    </message>
    <message>
        <source>Date of event</source>
        <translation>घटना की तिथि</translation>
    </message>
    <message>
        <source>Information received on</source>
        <translation>सूचना प्राप्ति की तिथि</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>पिता का नाम</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>माता का नाम</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>पति/पत्नी का नाम</translation>
    </message>
    <message>
        <source>Place of event</source>
        <translation>घटना का स्थान</translation>
    </message>
    <message>
        <source>home</source>
        <translation>घर</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>संस्थान</translation>
    </message>
    <message>
        <source>Hospital or place</source>
        <translation>अस्पताल या स्थान</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>सूचक</translation>
    </message>
    <message>
        <source>Informant&apos;s relation</source>
        <translation>सूचक का संबंध</translation>
    </message>
    <message>
        <source>Informant&apos;s mobile</source>
        <translation>सूचक का मोबाइल</translation>
    </message>
    <message>
        <source>Late fee receipt number</source>
        <translation>विलंब शुल्क रसीद संख्या</translation>
    </message>
    <message>
        <source>Permission/order reference</source>
        <translation>अनुमति/आदेश संदर्भ</translation>
    </message>
    <message>
        <source>CRS application number</source>
        <translation>CRS आवेदन संख्या</translation>
    </message>
    <message>
        <source>CRS registration number</source>
        <translation>CRS पंजीकरण संख्या</translation>
    </message>
    <message>
        <source>CRS registered on</source>
        <translation>CRS पंजीकरण तिथि</translation>
    </message>
    <message>
        <source>Certificate handed over on</source>
        <translation>प्रमाण पत्र देने की तिथि</translation>
    </message>
    <message>
        <source>Certificate handed over to</source>
        <translation>प्रमाण पत्र किसे दिया</translation>
    </message>
    <message>
        <source>Aadhaar: last four digits</source>
        <translation>आधार: अंतिम चार अंक</translation>
    </message>
    <message>
        <source>ID shown at handover</source>
        <translation>देते समय दिखाया गया पहचान पत्र</translation>
    </message>
    <message>
        <source>Family register updated</source>
        <translation>परिवार रजिस्टर अद्यतन</translation>
    </message>
    <message>
        <source>Copies issued later</source>
        <translation>बाद में दी गई प्रतियाँ</translation>
    </message>
    <message>
        <source>Correction ordered by</source>
        <translation>सुधार का आदेश (किसका, संदर्भ)</translation>
    </message>
    <message>
        <source>Awaiting CRS registration</source>
        <translation>CRS पंजीकरण की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Registered, certificate not handed over</source>
        <translation>पंजीकृत, प्रमाण पत्र नहीं दिया</translation>
    </message>
    <message>
        <source>Free 21-day window ends this week</source>
        <translation>निःशुल्क 21 दिन इस सप्ताह समाप्त</translation>
    </message>
    <message>
        <source>Births</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>मृत्यु</translation>
    </message>
    <message>
        <source>Still births</source>
        <translation>मृत जन्म</translation>
    </message>
    <message>
        <source>Copy given on</source>
        <translation>प्रति देने की तिथि</translation>
    </message>
    <message>
        <source>Copy given to</source>
        <translation>प्रति किसे दी</translation>
    </message>
    <message>
        <source>Cash and bank accounts</source>
        <translation>नकद और बैंक खाते</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>cash in hand</source>
        <translation>हाथ में नकद</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>बैंक खाता</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>प्रारंभिक शेष</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>प्रारंभ तिथि</translation>
    </message>
    <message>
        <source>Heads of account</source>
        <translation>लेखा मद</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>receipts and payments</source>
        <translation>प्राप्तियाँ और भुगतान</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>रोकड़ बही</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>वाउचर संख्या</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>वाउचर</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>प्राप्ति</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>contra (cash ⇄ bank)</source>
        <translation>कॉन्ट्रा (नकद ⇄ बैंक)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>To account (contra)</source>
        <translation>किस खाते में (कॉन्ट्रा)</translation>
    </message>
    <message>
        <source>Head of account</source>
        <translation>लेखा मद</translation>
    </message>
    <message>
        <source>Fund or scheme</source>
        <translation>निधि या योजना</translation>
    </message>
    <message>
        <source>From/to whom</source>
        <translation>किससे/किसको</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Cheque/PFMS reference</source>
        <translation>चेक/PFMS संदर्भ</translation>
    </message>
    <message>
        <source>Reverses voucher</source>
        <translation>किस वाउचर का प्रतिलोम</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Contra</source>
        <translation>कॉन्ट्रा</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>प्रतिलोम का कारण</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity: write it like 12 or 12.5, at most three decimals</source>
        <translation>&quot;%1&quot; मात्रा नहीं है: 12 या 12.5 की तरह लिखें, अधिकतम तीन दशमलव</translation>
    </message>
    <message>
        <source>is not a quantity GramDesk accepts</source>
        <translation>ऐसी मात्रा ग्रामडेस्क स्वीकार नहीं करता</translation>
    </message>
    <message>
        <source>Stock items</source>
        <translation>भंडार की वस्तुएँ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>consumable</source>
        <translation>उपभोज्य</translation>
    </message>
    <message>
        <source>fixed asset</source>
        <translation>स्थायी संपत्ति</translation>
    </message>
    <message>
        <source>Opening quantity</source>
        <translation>प्रारंभिक मात्रा</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>न्यूनतम भंडार स्तर</translation>
    </message>
    <message>
        <source>Stock register</source>
        <translation>स्टॉक रजिस्टर</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>वस्तु</translation>
    </message>
    <message>
        <source>Receipt or issue</source>
        <translation>प्राप्ति या निर्गम</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>निर्गम</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Supplier or issued to</source>
        <translation>आपूर्तिकर्ता या किसे दिया</translation>
    </message>
    <message>
        <source>Bill or issue voucher</source>
        <translation>बिल या निर्गम पर्ची</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>निर्गम</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>संपत्ति टैग</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>दशा</translation>
    </message>
    <message>
        <source>good</source>
        <translation>अच्छी</translation>
    </message>
    <message>
        <source>needs repair</source>
        <translation>मरम्मत योग्य</translation>
    </message>
    <message>
        <source>unserviceable</source>
        <translation>अनुपयोगी</translation>
    </message>
    <message>
        <source>Written off on</source>
        <translation>अपलेखन तिथि</translation>
    </message>
    <message>
        <source>Write-off authority</source>
        <translation>अपलेखन का आदेश</translation>
    </message>
    <message>
        <source>File subjects</source>
        <translation>पत्रावली विषय</translation>
    </message>
    <message>
        <source>Record room places</source>
        <translation>अभिलेख कक्ष के स्थान</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>स्थान का प्रकार</translation>
    </message>
    <message>
        <source>room</source>
        <translation>कक्ष</translation>
    </message>
    <message>
        <source>almirah</source>
        <translation>अलमारी</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>रैक</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>खाना</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>बस्ता</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>किसके अंदर</translation>
    </message>
    <message>
        <source>File index</source>
        <translation>पत्रावली सूची</translation>
    </message>
    <message>
        <source>File code</source>
        <translation>पत्रावली कोड</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>अनुभाग</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>खोलने की तिथि</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>बंद करने की तिथि</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>संरक्षण श्रेणी</translation>
    </message>
    <message>
        <source>A: keep for ever, scan</source>
        <translation>A: स्थायी, स्कैन करें</translation>
    </message>
    <message>
        <source>B: keep for ever</source>
        <translation>B: स्थायी</translation>
    </message>
    <message>
        <source>C: keep some years, then review</source>
        <translation>C: कुछ वर्ष रखें, फिर समीक्षा</translation>
    </message>
    <message>
        <source>E: ephemeral, one year</source>
        <translation>E: अल्पकालिक, एक वर्ष</translation>
    </message>
    <message>
        <source>Years to keep (C)</source>
        <translation>रखने के वर्ष (C)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>कक्ष</translation>
    </message>
    <message>
        <source>Almirah</source>
        <translation>अलमारी</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>रैक</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>खाना</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>बस्ता</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>open</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation>नष्ट</translation>
    </message>
    <message>
        <source>Review or destroy from</source>
        <translation>समीक्षा/विनष्टीकरण की तिथि</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>नष्ट करने की तिथि</translation>
    </message>
    <message>
        <source>Destruction order</source>
        <translation>विनष्टीकरण आदेश</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>चालू पत्रावलियाँ</translation>
    </message>
    <message>
        <source>Closed files</source>
        <translation>बंद पत्रावलियाँ</translation>
    </message>
    <message>
        <source>Out of the record room</source>
        <translation>अभिलेख कक्ष से बाहर</translation>
    </message>
    <message>
        <source>Out, overdue</source>
        <translation>बाहर, वापसी में विलंब</translation>
    </message>
    <message>
        <source>Due for review or destruction this year</source>
        <translation>इस वर्ष समीक्षा या विनष्टीकरण योग्य</translation>
    </message>
    <message>
        <source>Destroyed files</source>
        <translation>नष्ट की गई पत्रावलियाँ</translation>
    </message>
    <message>
        <source>File movement register</source>
        <translation>पत्रावली संचलन रजिस्टर</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>जारी करने की तिथि</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>किसे दी गई</translation>
    </message>
    <message>
        <source>Due back on</source>
        <translation>वापसी की नियत तिथि</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>वापसी की तिथि</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>वापस नहीं आई</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>वापस आई</translation>
    </message>
    <message>
        <source>ISO readiness (Annexure-2)</source>
        <translation>आईएसओ तैयारी (अनुलग्नक-2)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>शुरू नहीं</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>लक्ष्य तिथि</translation>
    </message>
    <message>
        <source>Last checked on</source>
        <translation>अंतिम जाँच की तिथि</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>जाँच हर</translation>
    </message>
    <message>
        <source>month</source>
        <translation>माह</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>तीन माह</translation>
    </message>
    <message>
        <source>six months</source>
        <translation>छह माह</translation>
    </message>
    <message>
        <source>year</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Checked from the books</source>
        <translation>बहियों से जाँच</translation>
    </message>
    <message>
        <source>Meetings register</source>
        <translation>बैठकों की कार्यवाही रजिस्टर</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Gram Panchayat meeting</source>
        <translation>ग्राम पंचायत बैठक</translation>
    </message>
    <message>
        <source>committee meeting</source>
        <translation>समिति बैठक</translation>
    </message>
    <message>
        <source>Gram Sabha</source>
        <translation>ग्राम सभा</translation>
    </message>
    <message>
        <source>social audit</source>
        <translation>सोशल ऑडिट</translation>
    </message>
    <message>
        <source>fire-fighting training or drill</source>
        <translation>अग्निशमन प्रशिक्षण या अभ्यास</translation>
    </message>
    <message>
        <source>management review</source>
        <translation>प्रबंधन समीक्षा</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>समिति</translation>
    </message>
    <message>
        <source>planning and development</source>
        <translation>नियोजन एवं विकास</translation>
    </message>
    <message>
        <source>education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>construction works</source>
        <translation>निर्माण कार्य</translation>
    </message>
    <message>
        <source>health and welfare</source>
        <translation>स्वास्थ्य एवं कल्याण</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>प्रशासनिक</translation>
    </message>
    <message>
        <source>water management</source>
        <translation>जल प्रबंधन</translation>
    </message>
    <message>
        <source>Gram Sabha session</source>
        <translation>ग्राम सभा का सत्र</translation>
    </message>
    <message>
        <source>Kharif</source>
        <translation>खरीफ</translation>
    </message>
    <message>
        <source>Rabi</source>
        <translation>रबी</translation>
    </message>
    <message>
        <source>special</source>
        <translation>विशेष</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>बैठक की तिथि</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Notice given on</source>
        <translation>सूचना की तिथि</translation>
    </message>
    <message>
        <source>Presided by</source>
        <translation>अध्यक्षता</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य संख्या</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>गणपूर्ति</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>गणपूर्ति पूरी</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>कार्यसूची</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>प्रस्ताव</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>कार्यवृत्त</translation>
    </message>
    <message>
        <source>Gram Panchayat meetings</source>
        <translation>ग्राम पंचायत बैठकें</translation>
    </message>
    <message>
        <source>Gram Sabha meetings</source>
        <translation>ग्राम सभा बैठकें</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>समिति बैठकें</translation>
    </message>
    <message>
        <source>Without quorum</source>
        <translation>गणपूर्ति के बिना</translation>
    </message>
    <message>
        <source>Action items of meetings</source>
        <translation>बैठकों के निर्णयों पर कार्यवाही</translation>
    </message>
    <message>
        <source>Meeting number</source>
        <translation>बैठक क्रमांक</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>निर्णय की तिथि</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>पूरा होने की तिथि</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरी</translation>
    </message>
    <message>
        <source>Steps to certification</source>
        <translation>प्रमाणन के चरण</translation>
    </message>
    <message>
        <source>Step (1–6)</source>
        <translation>चरण (1–6)</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>जोखिम रजिस्टर</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>पहचान की तिथि</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>जोखिम</translation>
    </message>
    <message>
        <source>Area or process</source>
        <translation>क्षेत्र या प्रक्रिया</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>संभावना (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>प्रभाव (1–5)</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>जोखिम अंक</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>उपचार</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>समीक्षा की तिथि</translation>
    </message>
    <message>
        <source>treated</source>
        <translation>उपचारित</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>खुले जोखिम</translation>
    </message>
    <message>
        <source>High risks (score 15 or more)</source>
        <translation>ऊँचे जोखिम (अंक 15 या अधिक)</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>समीक्षा देय</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>गुणवत्ता नीति</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>अंगीकृत तिथि</translation>
    </message>
    <message>
        <source>Adopted by (meeting, resolution)</source>
        <translation>किसके द्वारा अंगीकृत (बैठक, प्रस्ताव)</translation>
    </message>
    <message>
        <source>Policy (Hindi)</source>
        <translation>नीति (हिंदी)</translation>
    </message>
    <message>
        <source>Policy (English)</source>
        <translation>नीति (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Quality objectives</source>
        <translation>गुणवत्ता उद्देश्य</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>माप का आधार</translation>
    </message>
    <message>
        <source>% of services delivered within charter time</source>
        <translation>नागरिक अधिकार पत्र के समय में दी गई सेवाओं का %</translation>
    </message>
    <message>
        <source>% of complaints disposed within time</source>
        <translation>समय में निस्तारित शिकायतों का %</translation>
    </message>
    <message>
        <source>% of visitors who gave feedback</source>
        <translation>फीडबैक देने वाले आगंतुकों का %</translation>
    </message>
    <message>
        <source>average rating of staff behaviour (1–5)</source>
        <translation>कर्मचारियों के व्यवहार की औसत रेटिंग (1–5)</translation>
    </message>
    <message>
        <source>average rating of service time (1–5)</source>
        <translation>सेवा में लगे समय की औसत रेटिंग (1–5)</translation>
    </message>
    <message>
        <source>% of births and deaths reported within 21 days</source>
        <translation>21 दिन में सूचित जन्म-मृत्यु का %</translation>
    </message>
    <message>
        <source>% satisfied in the citizen survey</source>
        <translation>नागरिक सर्वे में संतुष्ट %</translation>
    </message>
    <message>
        <source>measured by the office (value entered)</source>
        <translation>कार्यालय द्वारा मापा गया (मान भरा गया)</translation>
    </message>
    <message>
        <source>Target is</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>कम से कम</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>अधिक से अधिक</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य मान</translation>
    </message>
    <message>
        <source>Value measured by the office</source>
        <translation>कार्यालय द्वारा मापा गया मान</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>माप की तिथि</translation>
    </message>
    <message>
        <source>Roles and quality circle</source>
        <translation>भूमिकाएँ और गुणवत्ता मंडल</translation>
    </message>
    <message>
        <source>Role (Hindi)</source>
        <translation>भूमिका (हिंदी)</translation>
    </message>
    <message>
        <source>Role (English)</source>
        <translation>भूमिका (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>धारक</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>दायित्व</translation>
    </message>
    <message>
        <source>In the quality circle as</source>
        <translation>गुणवत्ता मंडल में</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>अध्यक्ष</translation>
    </message>
    <message>
        <source>convenor</source>
        <translation>संयोजक</translation>
    </message>
    <message>
        <source>member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>ISO 9001 awareness</source>
        <translation>आईएसओ 9001 जागरूकता</translation>
    </message>
    <message>
        <source>front office and citizen service</source>
        <translation>फ्रंट ऑफिस और नागरिक सेवा</translation>
    </message>
    <message>
        <source>records and files</source>
        <translation>अभिलेख और पत्रावलियाँ</translation>
    </message>
    <message>
        <source>grievance redressal</source>
        <translation>शिकायत निवारण</translation>
    </message>
    <message>
        <source>fire safety</source>
        <translation>अग्नि सुरक्षा</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>प्रशिक्षक</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>Attendees (one per line)</source>
        <translation>प्रतिभागी (हर पंक्ति में एक)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>प्रतिभागी संख्या</translation>
    </message>
    <message>
        <source>Citizen surveys</source>
        <translation>नागरिक सर्वे</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>पूरा होने की तिथि</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>सर्वे</translation>
    </message>
    <message>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <source>door to door</source>
        <translation>घर-घर</translation>
    </message>
    <message>
        <source>at the office</source>
        <translation>कार्यालय में</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>फ़ोन पर</translation>
    </message>
    <message>
        <source>in the Gram Sabha</source>
        <translation>ग्राम सभा में</translation>
    </message>
    <message>
        <source>Citizens asked</source>
        <translation>पूछे गए नागरिक</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>संतुष्ट</translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation>संतुष्ट (%)</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>मुख्य निष्कर्ष</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>तय की गई कार्यवाही</translation>
    </message>
    <message>
        <source>Audit findings and corrective actions</source>
        <translation>ऑडिट निष्कर्ष और सुधारात्मक कार्यवाही</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>पाए जाने की तिथि</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>कहाँ पाया गया</translation>
    </message>
    <message>
        <source>internal audit</source>
        <translation>आंतरिक ऑडिट</translation>
    </message>
    <message>
        <source>certification or surveillance audit</source>
        <translation>प्रमाणन या निगरानी ऑडिट</translation>
    </message>
    <message>
        <source>a complaint or feedback</source>
        <translation>शिकायत या फीडबैक</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>ऑडिटर</translation>
    </message>
    <message>
        <source>ISO 9001 clause</source>
        <translation>आईएसओ 9001 धारा</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>major nonconformity</source>
        <translation>बड़ी असंगति</translation>
    </message>
    <message>
        <source>minor nonconformity</source>
        <translation>छोटी असंगति</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>opportunity for improvement</source>
        <translation>सुधार का अवसर</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>क्या पाया गया</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>मूल कारण</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>सुधारात्मक कार्यवाही</translation>
    </message>
    <message>
        <source>Action done on</source>
        <translation>कार्यवाही की तिथि</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>सत्यापन की तिथि</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>सत्यापनकर्ता</translation>
    </message>
    <message>
        <source>Action effective</source>
        <translation>कार्यवाही प्रभावी</translation>
    </message>
    <message>
        <source>done, to be verified</source>
        <translation>पूरी, सत्यापन शेष</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>सत्यापन शेष</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>असंगतियाँ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछला माह</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>यह वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Target met this year</source>
        <translation>इस वर्ष लक्ष्य पूरा</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3 (poster)</source>
        <translation>A3 (पोस्टर)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>आड़ा</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>खड़ा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Hindi and English</source>
        <translation>हिंदी और अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Adopted by the Gram Sabha on</source>
        <translation>ग्राम सभा द्वारा अंगीकृत तिथि</translation>
    </message>
    <message>
        <source>Gram Sabha resolution number</source>
        <translation>ग्राम सभा प्रस्ताव संख्या</translation>
    </message>
    <message>
        <source>Complaints and suggestions to (name, phone)</source>
        <translation>शिकायत और सुझाव किसे (नाम, फ़ोन)</translation>
    </message>
    <message>
        <source>Notice register</source>
        <translation>सूचना रजिस्टर</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Gram Sabha meeting</source>
        <translation>ग्राम सभा बैठक</translation>
    </message>
    <message>
        <source>public notice</source>
        <translation>सार्वजनिक सूचना</translation>
    </message>
    <message>
        <source>tender notice</source>
        <translation>निविदा सूचना</translation>
    </message>
    <message>
        <source>Meeting on</source>
        <translation>बैठक की तिथि</translation>
    </message>
    <message>
        <source>Meeting at (time)</source>
        <translation>बैठक का समय</translation>
    </message>
    <message>
        <source>Agenda (one item per line)</source>
        <translation>कार्यसूची (हर पंक्ति में एक विषय)</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>सूचना का पाठ</translation>
    </message>
    <message>
        <source>Work tendered</source>
        <translation>निविदा का कार्य</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>अनुमानित लागत</translation>
    </message>
    <message>
        <source>Earnest money</source>
        <translation>अग्रिम धन (ईएमडी)</translation>
    </message>
    <message>
        <source>Tenders received until</source>
        <translation>निविदा प्राप्ति की अंतिम तिथि</translation>
    </message>
    <message>
        <source>Tenders opened on</source>
        <translation>निविदा खोलने की तिथि</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>जारीकर्ता</translation>
    </message>
    <message>
        <source>Public notices</source>
        <translation>सार्वजनिक सूचनाएँ</translation>
    </message>
    <message>
        <source>Tender notices</source>
        <translation>निविदा सूचनाएँ</translation>
    </message>
    <message>
        <source>Staff and ward members</source>
        <translation>कर्मचारी एवं वार्ड सदस्य</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>वर्ग</translation>
    </message>
    <message>
        <source>elected representative</source>
        <translation>निर्वाचित प्रतिनिधि</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Designation (Hindi)</source>
        <translation>पदनाम (हिंदी)</translation>
    </message>
    <message>
        <source>Designation (English)</source>
        <translation>पदनाम (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>वार्ड</translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation>किसे रिपोर्ट करते हैं (कोड)</translation>
    </message>
    <message>
        <source>Order on the board</source>
        <translation>बोर्ड पर क्रम</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>आपातकालीन नंबर</translation>
    </message>
    <message>
        <source>Telephone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Order on the sheet</source>
        <translation>सूची में क्रम</translation>
    </message>
    <message>
        <source>contains a broken character (half of a pair); type the text again</source>
        <translation>में एक टूटा हुआ अक्षर (जोड़े का आधा भाग) है; पाठ दोबारा टाइप करें</translation>
    </message>
    <message>
        <source>contains invisible direction or spacing marks (pasted from another program?); type the text again</source>
        <translation>में दिशा या रिक्ति के अदृश्य चिह्न हैं (किसी दूसरे प्रोग्राम से चिपकाया गया?); पाठ दोबारा टाइप करें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes Devanagari and Latin letters in one word; write each word in one script</source>
        <translation>&quot;%1&quot; एक ही शब्द में देवनागरी और लैटिन अक्षर मिलाता है; हर शब्द एक ही लिपि में लिखें</translation>
    </message>
    <message>
        <source>there is no cash or bank account with the code %1</source>
        <translation>कोड %1 का कोई नकद या बैंक खाता नहीं है</translation>
    </message>
    <message>
        <source>there is no head of account with the code %1</source>
        <translation>कोड %1 का कोई लेखा मद नहीं है</translation>
    </message>
    <message>
        <source>there is no stock item with the code %1</source>
        <translation>कोड %1 की कोई भंडार वस्तु नहीं है</translation>
    </message>
    <message>
        <source>there is no service with the code %1 in the citizen charter</source>
        <translation>नागरिक अधिकार पत्र में कोड %1 की कोई सेवा नहीं है</translation>
    </message>
    <message>
        <source>there is no complaint category with the code %1</source>
        <translation>कोड %1 की कोई शिकायत श्रेणी नहीं है</translation>
    </message>
    <message>
        <source>there is no file subject with the code %1</source>
        <translation>कोड %1 का कोई पत्रावली विषय नहीं है</translation>
    </message>
    <message>
        <source>there is no place with the code %1</source>
        <translation>कोड %1 का कोई स्थान नहीं है</translation>
    </message>
    <message>
        <source>The cash in hand (exactly one) and the bank accounts of the cash book, each with its opening balance and the date it was taken into the book.</source>
        <translation>रोकड़ बही के खाते: हाथ में नकद (केवल एक) और बैंक खाते, प्रत्येक अपने प्रारंभिक शेष और बही में लिए जाने की तिथि सहित।</translation>
    </message>
    <message>
        <source>Heads of account (मद) for receipts and payments; the monthly abstract adds up by head.</source>
        <translation>प्राप्तियों और भुगतानों के लेखा मद; मासिक सार मदवार जोड़ता है।</translation>
    </message>
    <message>
        <source>Items of the stock register (consumables and fixed assets) with their unit, the quantity counted when the register began and the level below which a consumable is low.</source>
        <translation>स्टॉक रजिस्टर की वस्तुएँ (उपभोज्य और स्थायी संपत्ति): इकाई, रजिस्टर शुरू होते समय गिनी गई मात्रा, और वह स्तर जिसके नीचे उपभोज्य कम माना जाए।</translation>
    </message>
    <message>
        <source>The citizen charter: each service with its time limit, fee, documents and officers. An application&apos;s due date comes from here. A service no longer offered is set to &quot;In use: no&quot;; it is never removed.</source>
        <translation>नागरिक अधिकार पत्र: हर सेवा अपनी समय सीमा, शुल्क, अभिलेखों और अधिकारियों सहित। आवेदन की नियत तिथि यहीं से आती है। जो सेवा अब नहीं दी जाती उसे &quot;उपयोग में: नहीं&quot; किया जाता है; वह कभी हटाई नहीं जाती।</translation>
    </message>
    <message>
        <source>Complaint categories and their time limits; a complaint&apos;s due date comes from here.</source>
        <translation>शिकायत की श्रेणियाँ और उनकी समय सीमा; शिकायत की नियत तिथि यहीं से आती है।</translation>
    </message>
    <message>
        <source>Holidays of the office. Together with the weekly off (Office → settings) they decide the working days that due dates count.</source>
        <translation>कार्यालय के अवकाश। साप्ताहिक अवकाश (कार्यालय → सेटिंग) के साथ ये तय करते हैं कि नियत तिथि में कौन से कार्य दिवस गिने जाएँ।</translation>
    </message>
    <message>
        <source>The Pradhan, the ward members and the staff, with whom each reports to: the board of representatives and staff and the organisation chart are printed from here.</source>
        <translation>प्रधान, वार्ड सदस्य और कर्मचारी, और हर एक किसे रिपोर्ट करता है: प्रतिनिधियों एवं कर्मचारियों का बोर्ड और संस्था संरचना यहीं से छपते हैं।</translation>
    </message>
    <message>
        <source>The emergency and helpline numbers the office displays, in the order they are printed.</source>
        <translation>कार्यालय में प्रदर्शित आपातकालीन और हेल्पलाइन नंबर, छपने के क्रम में।</translation>
    </message>
    <message>
        <source>The six steps to ISO 9001 certification and their audits, each with the date planned and the date done; the readiness page shows the next one.</source>
        <translation>आईएसओ 9001 प्रमाणन के छह चरण और उनके ऑडिट, हर एक की नियत तिथि और पूरा होने की तिथि सहित; तैयारी पृष्ठ अगला चरण दिखाता है।</translation>
    </message>
    <message>
        <source>The office&apos;s quality objectives, each with its target. GramDesk measures most of them from the registers (beside each: last month and this financial year so far); for the others the office enters the value it measured and the date.</source>
        <translation>कार्यालय के गुणवत्ता उद्देश्य, हर एक अपने लक्ष्य के साथ। अधिकतर को ग्रामडेस्क रजिस्टरों से मापता है (हर एक के आगे: पिछला माह और इस वित्तीय वर्ष में अब तक); बाकी के लिए कार्यालय मापा गया मान और तिथि भरता है।</translation>
    </message>
    <message>
        <source>Who does what in the quality system (quality management representative, record keeper, front office…), with their responsibilities, and who sits in the quality circle.</source>
        <translation>गुणवत्ता प्रणाली में कौन क्या करता है (गुणवत्ता प्रबंधन प्रतिनिधि, अभिलेख प्रभारी, फ्रंट ऑफिस…), उनके दायित्व, और गुणवत्ता मंडल में कौन है।</translation>
    </message>
    <message>
        <source>The subject heads of the file index (administration, accounts, works…); a new file&apos;s code carries its subject&apos;s code and a serial counted per subject and year.</source>
        <translation>पत्रावली सूची के विषय शीर्ष (प्रशासन, लेखा, निर्माण कार्य…); नई पत्रावली के कोड में उसके विषय का कोड और विषय व वर्ष के अनुसार गिना गया क्रमांक होता है।</translation>
    </message>
    <message>
        <source>The record room as a small tree: rooms, the almirahs in them, racks, shelves and bundles. Once it is described, a file&apos;s place must be one of these.</source>
        <translation>अभिलेख कक्ष का छोटा वृक्ष: कक्ष, उनमें अलमारियाँ, रैक, खाने और बस्ते। एक बार वर्णन हो जाने पर पत्रावली का स्थान इन्हीं में से होना चाहिए।</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>अपील</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>दायर करने की तिथि</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>अपील</translation>
    </message>
    <message>
        <source>first appeal</source>
        <translation>प्रथम अपील</translation>
    </message>
    <message>
        <source>second appeal</source>
        <translation>द्वितीय अपील</translation>
    </message>
    <message>
        <source>Appellant</source>
        <translation>अपीलकर्ता</translation>
    </message>
    <message>
        <source>Appellate officer</source>
        <translation>अपीलीय अधिकारी</translation>
    </message>
    <message>
        <source>Grounds of appeal</source>
        <translation>अपील के आधार</translation>
    </message>
    <message>
        <source>Hearing on</source>
        <translation>सुनवाई की तिथि</translation>
    </message>
    <message>
        <source>To be decided by</source>
        <translation>निर्णय की अंतिम तिथि</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>खारिज</translation>
    </message>
    <message>
        <source>remanded</source>
        <translation>पुनर्विचार हेतु वापस</translation>
    </message>
    <message>
        <source>Order dated</source>
        <translation>आदेश की तिथि</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>निर्णीत</translation>
    </message>
    <message>
        <source>line %1 already names the cash in hand; there is only one</source>
        <translation>पंक्ति %1 में पहले ही हाथ में नकद है; वह एक ही होता है</translation>
    </message>
    <message>
        <source>head of the family</source>
        <translation>परिवार का मुखिया</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>पत्नी</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>पति</translation>
    </message>
    <message>
        <source>son</source>
        <translation>पुत्र</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>पुत्री</translation>
    </message>
    <message>
        <source>daughter-in-law</source>
        <translation>पुत्रवधू</translation>
    </message>
    <message>
        <source>son-in-law</source>
        <translation>दामाद</translation>
    </message>
    <message>
        <source>grandson</source>
        <translation>पौत्र</translation>
    </message>
    <message>
        <source>granddaughter</source>
        <translation>पौत्री</translation>
    </message>
    <message>
        <source>father</source>
        <translation>पिता</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>माता</translation>
    </message>
    <message>
        <source>brother</source>
        <translation>भाई</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>बहन</translation>
    </message>
    <message>
        <source>other relation</source>
        <translation>अन्य संबंध</translation>
    </message>
    <message>
        <source>Family register</source>
        <translation>परिवार रजिस्टर</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <source>Family number</source>
        <translation>परिवार क्रमांक</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>मकान नंबर</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <translation>परिवार के मुखिया का नाम</translation>
    </message>
    <message>
        <source>Serial in the family</source>
        <translation>परिवार में क्रमांक</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>सदस्य का नाम</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>मुखिया से संबंध</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>धर्म</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>हिन्दू</translation>
    </message>
    <message>
        <source>Muslim</source>
        <translation>मुस्लिम</translation>
    </message>
    <message>
        <source>Sikh</source>
        <translation>सिख</translation>
    </message>
    <message>
        <source>Christian</source>
        <translation>ईसाई</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>बौद्ध</translation>
    </message>
    <message>
        <source>Jain</source>
        <translation>जैन</translation>
    </message>
    <message>
        <source>Caste category</source>
        <translation>जाति/वर्ग</translation>
    </message>
    <message>
        <source>general</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <source>Age stated on</source>
        <translation>आयु इस तिथि पर</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Literate</source>
        <translation>साक्षर</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>दर्ज करने की तिथि</translation>
    </message>
    <message>
        <source>Joined the family on</source>
        <translation>परिवार में जुड़ने की तिथि</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>जुड़ने का कारण</translation>
    </message>
    <message>
        <source>in the register from its start</source>
        <translation>रजिस्टर में आरंभ से</translation>
    </message>
    <message>
        <source>marriage</source>
        <translation>विवाह</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>प्रवास</translation>
    </message>
    <message>
        <source>family split</source>
        <translation>परिवार का बँटवारा</translation>
    </message>
    <message>
        <source>living</source>
        <translation>जीवित</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>मृत</translation>
    </message>
    <message>
        <source>left the family</source>
        <translation>परिवार से हटे</translation>
    </message>
    <message>
        <source>Died or left on</source>
        <translation>मृत्यु/हटने की तिथि</translation>
    </message>
    <message>
        <source>Left by</source>
        <translation>हटने का कारण</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>प्रति-संदर्भ</translation>
    </message>
    <message>
        <source>Birth/death register entry</source>
        <translation>जन्म-मृत्यु रजिस्टर प्रविष्टि</translation>
    </message>
    <message>
        <source>Living members</source>
        <translation>जीवित सदस्य</translation>
    </message>
    <message>
        <source>Heads of families</source>
        <translation>परिवारों के मुखिया</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>मृत</translation>
    </message>
    <message>
        <source>Left the family</source>
        <translation>परिवार से हटे</translation>
    </message>
    <message>
        <source>Family register events</source>
        <translation>परिवार रजिस्टर की घटनाएँ</translation>
    </message>
    <message>
        <source>new family</source>
        <translation>नया परिवार</translation>
    </message>
    <message>
        <source>joined by marriage</source>
        <translation>विवाह से जुड़ीं/जुड़े</translation>
    </message>
    <message>
        <source>left by marriage</source>
        <translation>विवाह से हटीं/हटे</translation>
    </message>
    <message>
        <source>came to live here</source>
        <translation>बाहर से आकर बसे</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>बाहर चले गए</translation>
    </message>
    <message>
        <source>correction on an order</source>
        <translation>आदेश पर संशोधन</translation>
    </message>
    <message>
        <source>certified copy issued</source>
        <translation>प्रमाणित नकल जारी</translation>
    </message>
    <message>
        <source>Member&apos;s entry</source>
        <translation>सदस्य की प्रविष्टि</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Authority (order and by whom)</source>
        <translation>आदेश (क्रमांक और किसका)</translation>
    </message>
    <message>
        <source>Other family</source>
        <translation>दूसरा परिवार</translation>
    </message>
    <message>
        <source>Fee receipt</source>
        <translation>शुल्क रसीद</translation>
    </message>
    <message>
        <source>Family as on</source>
        <translation>परिवार इस तिथि पर</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>प्रमाणित नकलें</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>बदलाव की तिथि</translation>
    </message>
    <message>
        <source>Came from (family or place)</source>
        <translation>कहाँ से आए (परिवार या स्थान)</translation>
    </message>
    <message>
        <source>Went to (family or place)</source>
        <translation>कहाँ गए (परिवार या स्थान)</translation>
    </message>
    <message>
        <source>Joins the family (village/number)</source>
        <translation>किस परिवार में जुड़ीं (गाँव/क्रमांक)</translation>
    </message>
    <message>
        <source>Serials of the members who form the new family, its head first (3, 5, 6)</source>
        <translation>नया परिवार बनाने वाले सदस्यों के क्रमांक, मुखिया पहले (3, 5, 6)</translation>
    </message>
    <message>
        <source>Family (village/number)</source>
        <translation>परिवार (गाँव/क्रमांक)</translation>
    </message>
    <message>
        <source>Serial of the member who died</source>
        <translation>मृत सदस्य का क्रमांक</translation>
    </message>
    <message>
        <source>SC</source>
        <translation>अनुसूचित जाति</translation>
    </message>
    <message>
        <source>ST</source>
        <translation>अनुसूचित जनजाति</translation>
    </message>
    <message>
        <source>OBC</source>
        <translation>अन्य पिछड़ा वर्ग</translation>
    </message>
    <message>
        <source>present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>casual leave</source>
        <translation>आकस्मिक अवकाश</translation>
    </message>
    <message>
        <source>medical leave</source>
        <translation>चिकित्सा अवकाश</translation>
    </message>
    <message>
        <source>earned leave</source>
        <translation>अर्जित अवकाश</translation>
    </message>
    <message>
        <source>on tour</source>
        <translation>दौरे पर</translation>
    </message>
    <message>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>meeting at the block</source>
        <translation>विकास खंड पर बैठक</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>उपस्थिति रजिस्टर</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>कर्मचारी कोड</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>आने का समय</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>जाने का समय</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>अवकाश पर</translation>
    </message>
    <message>
        <source>On duty outside</source>
        <translation>बाहर ड्यूटी पर</translation>
    </message>
    <message>
        <source>Documented procedures</source>
        <translation>प्रलेखित प्रक्रियाएँ</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>दस्तावेज़ क्रमांक</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>प्रक्रिया</translation>
    </message>
    <message>
        <source>form</source>
        <translation>प्रपत्र</translation>
    </message>
    <message>
        <source>work instruction</source>
        <translation>कार्य निर्देश</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>नियमावली</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>अनुमोदन की तिथि</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>अनुमोदनकर्ता</translation>
    </message>
    <message>
        <source>Copies kept at</source>
        <translation>प्रतियाँ कहाँ रखी हैं</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>वापस लिया गया</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>वापस लेने की तिथि</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>जिससे बदला गया</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>वापस लिए गए</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>शीट</translation>
    </message>
    <message>
        <source>one sheet</source>
        <translation>एक शीट</translation>
    </message>
    <message>
        <source>as many as needed</source>
        <translation>जितनी चाहिए</translation>
    </message>
</context>
<context>
    <name>gd::FrontOffice</name>
    <message>
        <source>the time out %1 is before the time in %2</source>
        <translation>जाने का समय %1, आने के समय %2 से पहले है</translation>
    </message>
    <message>
        <source>a pending application has no closing date; set the status to delivered or rejected, or clear the date</source>
        <translation>लंबित आवेदन की निस्तारण तिथि नहीं होती; स्थिति &quot;सेवा दी गई&quot; या &quot;अस्वीकृत&quot; करें, या तिथि हटाएँ</translation>
    </message>
    <message>
        <source>give the date the application was %1</source>
        <translation>वह तिथि दें जब आवेदन %1</translation>
    </message>
    <message>
        <source>an open complaint has no disposal date; set the status to disposed, rejected or transferred, or clear the date</source>
        <translation>खुली शिकायत की निस्तारण तिथि नहीं होती; स्थिति निस्तारित, अस्वीकृत या स्थानांतरित करें, या तिथि हटाएँ</translation>
    </message>
    <message>
        <source>give the date the complaint was %1</source>
        <translation>वह तिथि दें जब शिकायत %1 हुई</translation>
    </message>
    <message>
        <source>whether the complainant is satisfied is recorded after disposal</source>
        <translation>शिकायतकर्ता की संतुष्टि निस्तारण के बाद दर्ज होती है</translation>
    </message>
    <message>
        <source>a complaint from a portal needs the portal&apos;s reference number</source>
        <translation>पोर्टल से आई शिकायत में पोर्टल की संदर्भ संख्या आवश्यक है</translation>
    </message>
    <message>
        <source>an escalation needs both to whom and the date</source>
        <translation>अग्रेषण में किसे और किस तिथि को, दोनों आवश्यक हैं</translation>
    </message>
    <message>
        <source>%1 has already left at %2.</source>
        <translation>%1 %2 बजे जा चुके हैं।</translation>
    </message>
    <message>
        <source>visitor left</source>
        <translation>आगंतुक गए</translation>
    </message>
    <message>
        <source>recorded as %1</source>
        <translation>%1 के रूप में दर्ज</translation>
    </message>
    <message>
        <source>%1 is already closed. To change it, correct the entry with a reason.</source>
        <translation>%1 पहले ही बंद है। बदलने के लिए कारण सहित प्रविष्टि सुधारें।</translation>
    </message>
    <message>
        <source>An application is closed as delivered or rejected.</source>
        <translation>आवेदन &quot;सेवा दी गई&quot; या &quot;अस्वीकृत&quot; के रूप में बंद होता है।</translation>
    </message>
    <message>
        <source>Write why the application is rejected; the applicant is told.</source>
        <translation>लिखें कि आवेदन क्यों अस्वीकृत है; आवेदक को बताया जाता है।</translation>
    </message>
    <message>
        <source>%1 is closed. Reopen it first, with a reason.</source>
        <translation>%1 बंद है। पहले कारण सहित इसे फिर खोलें।</translation>
    </message>
    <message>
        <source>Write the reason (rejected) or where it went (transferred).</source>
        <translation>कारण (अस्वीकृत) या कहाँ भेजी गई (स्थानांतरित) लिखें।</translation>
    </message>
    <message>
        <source>Write the interim reply given to the complainant.</source>
        <translation>शिकायतकर्ता को दिया गया अंतरिम उत्तर लिखें।</translation>
    </message>
    <message>
        <source>%1 is still open.</source>
        <translation>%1 अभी खुली है।</translation>
    </message>
    <message>
        <source>Write why the complaint is reopened.</source>
        <translation>लिखें कि शिकायत फिर क्यों खोली जा रही है।</translation>
    </message>
    <message>
        <source>Give to whom the complaint is escalated and the date.</source>
        <translation>बताएँ कि शिकायत किसे अग्रेषित है और किस तिथि को।</translation>
    </message>
    <message>
        <source>escalated to %1</source>
        <translation>%1 को अग्रेषित</translation>
    </message>
</context>
<context>
    <name>gd::HindiTyping</name>
    <message>
        <source>The Hindi typing method hi-%1 could not be opened. Install the package m17n-db (on Debian: apt-get install m17n-db) and start GramDesk again.</source>
        <translation>हिंदी टाइपिंग विधि hi-%1 खुल नहीं सकी। पैकेज m17n-db इंस्टॉल करें (डेबियन पर: apt-get install m17n-db) और ग्रामडेस्क फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>This build of GramDesk has no Hindi typing (the m17n library was not available when it was built). Type Hindi with the keyboard of Windows.</source>
        <translation>ग्रामडेस्क के इस संस्करण में हिंदी टाइपिंग नहीं है (बनाते समय m17n लाइब्रेरी उपलब्ध नहीं थी)। हिंदी Windows के कीबोर्ड से टाइप करें।</translation>
    </message>
</context>
<context>
    <name>gd::MasterStore</name>
    <message>
        <source>Entries refer to this row, so it stays; set &quot;In use&quot; to no instead.</source>
        <translation>प्रविष्टियाँ इस पंक्ति से जुड़ी हैं, इसलिए यह रहेगी; इसके बजाय &quot;उपयोग में&quot; को &quot;नहीं&quot; करें।</translation>
    </message>
    <message>
        <source>the cash book has one cash in hand, %1; this account is a bank account</source>
        <translation>रोकड़ बही में हाथ में नकद एक ही है, %1; यह खाता बैंक खाता है</translation>
    </message>
    <message>
        <source>vouchers already use %1, so its kind and opening stay as they are; correct a mistake with a voucher</source>
        <translation>वाउचर पहले से %1 का उपयोग करते हैं, इसलिए इसका प्रकार और प्रारंभिक शेष नहीं बदलते; भूल का सुधार वाउचर से करें</translation>
    </message>
    <message>
        <source>an opening quantity needs the date it was counted</source>
        <translation>प्रारंभिक मात्रा के साथ गिनती की तिथि आवश्यक है</translation>
    </message>
    <message>
        <source>receipts and issues already use %1, so its opening stays as it is; correct a mistake with a receipt or an issue</source>
        <translation>प्राप्ति और निर्गम पहले से %1 का उपयोग करते हैं, इसलिए इसकी प्रारंभिक मात्रा नहीं बदलती; भूल का सुधार प्राप्ति या निर्गम से करें</translation>
    </message>
    <message>
        <source>only a fixed asset has a tag, location, condition or write-off</source>
        <translation>टैग, स्थान, दशा या अपलेखन केवल स्थायी संपत्ति के होते हैं</translation>
    </message>
    <message>
        <source>a write-off needs both its date and the authority that ordered it</source>
        <translation>अपलेखन में तिथि और आदेश देने वाला प्राधिकारी, दोनों आवश्यक हैं</translation>
    </message>
</context>
<context>
    <name>gd::Meetings</name>
    <message>
        <source>more present (%1) than members (%2)</source>
        <translation>उपस्थित (%1) सदस्य संख्या (%2) से अधिक हैं</translation>
    </message>
    <message>
        <source>the notice is given before the meeting (%1)</source>
        <translation>सूचना बैठक (%1) से पहले दी जाती है</translation>
    </message>
    <message>
        <source>say which committee met</source>
        <translation>बताएँ कि किस समिति की बैठक हुई</translation>
    </message>
    <message>
        <source>only a committee meeting names a committee; leave this empty</source>
        <translation>समिति का नाम केवल समिति बैठक में होता है; इसे खाली छोड़ें</translation>
    </message>
    <message>
        <source>say which Gram Sabha this was: Kharif, Rabi or special</source>
        <translation>बताएँ कि यह कौन सी ग्राम सभा थी: खरीफ, रबी या विशेष</translation>
    </message>
    <message>
        <source>only a Gram Sabha has a session; leave this empty</source>
        <translation>सत्र केवल ग्राम सभा का होता है; इसे खाली छोड़ें</translation>
    </message>
    <message>
        <source>this is before the action was decided (%1)</source>
        <translation>यह निर्णय की तिथि (%1) से पहले है</translation>
    </message>
    <message>
        <source>Meeting number: there is no meeting %1 in the meetings register.</source>
        <translation>बैठक क्रमांक: कार्यवाही रजिस्टर में %1 नाम की कोई बैठक नहीं है।</translation>
    </message>
    <message>
        <source>Decided on: meeting %1 was held on %2; its actions are decided then or later.</source>
        <translation>निर्णय की तिथि: बैठक %1 %2 को हुई थी; उसके निर्णय उसी दिन या बाद के होते हैं।</translation>
    </message>
    <message>
        <source>%1 was done on %2 already.</source>
        <translation>%1 %2 को पहले ही पूरी हो चुकी है।</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरी हुई</translation>
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
    <message>
        <source>&quot;%1&quot; is not an amount: group its digits the Indian way (1,23,456.50) or the international way (123,456.50), or write it without commas (123456.50).</source>
        <translation>&quot;%1&quot; राशि नहीं है: अंकों को भारतीय ढंग (1,23,456.50) या अंतरराष्ट्रीय ढंग (123,456.50) से समूहों में लिखें, या बिना अल्पविराम के लिखें (123456.50)।</translation>
    </message>
</context>
<context>
    <name>gd::MonthlyReport</name>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-10.</source>
        <translation>माह YYYY-MM रूप में दें, जैसे 2026-10।</translation>
    </message>
    <message>
        <source>%1 has not begun yet; a report is made for this month or an earlier one.</source>
        <translation>%1 अभी शुरू नहीं हुआ; रिपोर्ट इस माह या पहले के माह की बनती है।</translation>
    </message>
</context>
<context>
    <name>gd::Notices</name>
    <message>
        <source>a meeting notice gives the day of the meeting</source>
        <translation>बैठक की सूचना में बैठक की तिथि दें</translation>
    </message>
    <message>
        <source>a meeting notice gives the time of the meeting</source>
        <translation>बैठक की सूचना में बैठक का समय दें</translation>
    </message>
    <message>
        <source>a meeting notice gives where the meeting is held</source>
        <translation>बैठक की सूचना में बैठक का स्थान दें</translation>
    </message>
    <message>
        <source>a meeting notice gives the agenda, one item per line</source>
        <translation>बैठक की सूचना में कार्यसूची दें, हर पंक्ति में एक विषय</translation>
    </message>
    <message>
        <source>the meeting comes after the notice (%1)</source>
        <translation>बैठक सूचना (%1) के बाद होती है</translation>
    </message>
    <message>
        <source>write the text of the notice</source>
        <translation>सूचना का पाठ लिखें</translation>
    </message>
    <message>
        <source>a tender notice names the work</source>
        <translation>निविदा सूचना में कार्य का नाम दें</translation>
    </message>
    <message>
        <source>a tender notice gives the estimated cost</source>
        <translation>निविदा सूचना में अनुमानित लागत दें</translation>
    </message>
    <message>
        <source>a tender notice gives the last day for tenders</source>
        <translation>निविदा सूचना में निविदा प्राप्ति की अंतिम तिथि दें</translation>
    </message>
    <message>
        <source>a tender notice gives the day tenders are opened</source>
        <translation>निविदा सूचना में निविदा खोलने की तिथि दें</translation>
    </message>
    <message>
        <source>tenders are received after the notice (%1)</source>
        <translation>निविदाएँ सूचना (%1) के बाद प्राप्त होती हैं</translation>
    </message>
    <message>
        <source>tenders are opened on or after the last day for them (%1)</source>
        <translation>निविदाएँ अंतिम तिथि (%1) को या उसके बाद खोली जाती हैं</translation>
    </message>
    <message>
        <source>a person does not report to themselves</source>
        <translation>कोई स्वयं को रिपोर्ट नहीं करता</translation>
    </message>
    <message>
        <source>there is no one with the code %1 on the list</source>
        <translation>सूची में कोड %1 वाला कोई नहीं है</translation>
    </message>
    <message>
        <source>%1 already reports to %2, directly or through others</source>
        <translation>%1 पहले से ही %2 को, सीधे या दूसरों के माध्यम से, रिपोर्ट करते हैं</translation>
    </message>
    <message>
        <source>a telephone number is digits (3 to 20), with spaces or hyphens between</source>
        <translation>फ़ोन नंबर में 3 से 20 अंक होते हैं, बीच में खाली जगह या हाइफ़न हो सकता है</translation>
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
    <message>
        <source>%1 is at most 200 characters.</source>
        <translation>%1 अधिकतम 200 अक्षरों का हो सकता है।</translation>
    </message>
</context>
<context>
    <name>gd::OutputFile</name>
    <message>
        <source>%1 is the book, or a file or folder that belongs to it; nothing was written. Choose another name or folder for the output.</source>
        <translation>%1 बही है, या उसकी कोई फ़ाइल या फ़ोल्डर है; कुछ भी नहीं लिखा गया। आउटपुट के लिए दूसरा नाम या फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is full. Free some space and try again.</source>
        <translation>%1 लिखा नहीं जा सका: डिस्क भरी हुई है। कुछ जगह खाली करें और दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>%1 could not be written: it would be larger than this system lets GramDesk write (a file-size limit, such as ulimit -f). Ask the administrator to remove the limit, or write it elsewhere.</source>
        <translation>%1 लिखा नहीं जा सका: यह उससे बड़ा होता जितना यह सिस्टम ग्रामडेस्क को लिखने देता है (फ़ाइल-आकार की सीमा, जैसे ulimit -f)। व्यवस्थापक से सीमा हटवाएँ, या इसे कहीं और लिखें।</translation>
    </message>
    <message>
        <source>%1 could not be written: that place is read-only or not yours. Choose another folder.</source>
        <translation>%1 लिखा नहीं जा सका: वह स्थान केवल पढ़ने के लिए है या आपका नहीं है। दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Check the folder and the free space.</source>
        <translation>%1 लिखा नहीं जा सका (%2)। फ़ोल्डर और खाली जगह जाँचें।</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file.</source>
        <translation>%1 एक फ़ोल्डर है; किसी फ़ाइल का नाम दें।</translation>
    </message>
</context>
<context>
    <name>gd::PdfExport</name>
    <message>
        <source>The PDF could not be completed (unexpected structure).</source>
        <translation>पीडीएफ़ पूरी नहीं हो सकी (अनपेक्षित संरचना)।</translation>
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
    <message>
        <source>Particular</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ब्योरा</translation>
    </message>
    <message>
        <source>Acknowledgement of application</source>
        <translation>आवेदन की पावती</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>आवेदन क्रमांक</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>प्राप्ति तिथि</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Village/ward</source>
        <translation>गाँव/वार्ड</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>प्राप्त अभिलेख</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Service will be delivered by</source>
        <translation>सेवा इस तिथि तक दी जाएगी</translation>
    </message>
    <message>
        <source>Designated officer</source>
        <translation>पदाभिहित अधिकारी</translation>
    </message>
    <message>
        <source>First appellate officer</source>
        <translation>प्रथम अपीलीय अधिकारी</translation>
    </message>
    <message>
        <source>If the service is not delivered by this date, you may appeal to the first appellate officer. Keep this slip and quote the application number.</source>
        <translation>यदि इस तिथि तक सेवा न मिले तो आप प्रथम अपीलीय अधिकारी के पास अपील कर सकते हैं। यह पावती सँभाल कर रखें और आवेदन क्रमांक बताएँ।</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Acknowledgement of complaint</source>
        <translation>शिकायत की पावती</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>शिकायत क्रमांक</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Reply due by</source>
        <translation>उत्तर की नियत तिथि</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>पोर्टल संदर्भ संख्या</translation>
    </message>
    <message>
        <source>Keep this acknowledgement. If there is no reply by the due date, you may go to the Assistant Development Officer (Panchayat) / BDO, then the DPRO.</source>
        <translation>यह पावती सँभाल कर रखें। नियत तिथि तक उत्तर न मिले तो सहायक विकास अधिकारी (पंचायत) / खंड विकास अधिकारी, फिर जिला पंचायत राज अधिकारी के पास जा सकते हैं।</translation>
    </message>
    <message>
        <source>Monthly report of the secretary</source>
        <translation>सचिव की मासिक रिपोर्ट</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>सूचक</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>आगंतुक</translation>
    </message>
    <message>
        <source>Visitors recorded</source>
        <translation>दर्ज आगंतुक</translation>
    </message>
    <message>
        <source>Visitors who gave both ratings</source>
        <translation>दोनों रेटिंग देने वाले आगंतुक</translation>
    </message>
    <message>
        <source>Average rating of time taken (1–5)</source>
        <translation>लगे समय की औसत रेटिंग (1–5)</translation>
    </message>
    <message>
        <source>Average rating of staff behaviour (1–5)</source>
        <translation>कर्मचारियों के व्यवहार की औसत रेटिंग (1–5)</translation>
    </message>
    <message>
        <source>Service applications</source>
        <translation>सेवा आवेदन</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>इस माह प्राप्त</translation>
    </message>
    <message>
        <source>Delivered this month</source>
        <translation>इस माह सेवा दी गई</translation>
    </message>
    <message>
        <source>of which within the charter&apos;s time</source>
        <translation>जिनमें अधिकार पत्र की समय सीमा में</translation>
    </message>
    <message>
        <source>Rejected this month</source>
        <translation>इस माह अस्वीकृत</translation>
    </message>
    <message>
        <source>Pending at month end</source>
        <translation>माह के अंत में लंबित</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>माह के अंत में समय सीमा पार</translation>
    </message>
    <message>
        <source>Delivered in time (%)</source>
        <translation>समय पर सेवा (%)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>शिकायतें</translation>
    </message>
    <message>
        <source>Disposed this month</source>
        <translation>इस माह निस्तारित</translation>
    </message>
    <message>
        <source>of which within the time limit</source>
        <translation>जिनमें समय सीमा में</translation>
    </message>
    <message>
        <source>Disposed in time (%)</source>
        <translation>समय पर निस्तारण (%)</translation>
    </message>
    <message>
        <source>Pradhan</source>
        <translation>प्रधान</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>प्राप्ति का माध्यम</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>प्रविष्टि क्रमांक</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Date of event</source>
        <translation>घटना की तिथि</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Father / mother</source>
        <translation>पिता / माता</translation>
    </message>
    <message>
        <source>Place of event</source>
        <translation>घटना का स्थान</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>सूचक</translation>
    </message>
    <message>
        <source>Birth and death register</source>
        <translation>जन्म-मृत्यु रजिस्टर</translation>
    </message>
    <message>
        <source>Name, sex</source>
        <translation>नाम, लिंग</translation>
    </message>
    <message>
        <source>Father / mother / spouse, age</source>
        <translation>पिता / माता / पति-पत्नी, आयु</translation>
    </message>
    <message>
        <source>Delay, fee, receipt / permission</source>
        <translation>विलंब, शुल्क, रसीद / अनुमति</translation>
    </message>
    <message>
        <source>CRS registration</source>
        <translation>CRS पंजीकरण</translation>
    </message>
    <message>
        <source>Certificate handed over</source>
        <translation>प्रमाण पत्र दिया</translation>
    </message>
    <message>
        <source>✗ = cancelled entry (kept in the register). Corrections are listed in each entry&apos;s history in GramDesk.</source>
        <translation>✗ = निरस्त प्रविष्टि (रजिस्टर में बनी रहती है)। सुधार ग्रामडेस्क में हर प्रविष्टि के इतिहास में दर्ज हैं।</translation>
    </message>
    <message>
        <source>Births and deaths</source>
        <translation>जन्म और मृत्यु</translation>
    </message>
    <message>
        <source>Births reported</source>
        <translation>सूचित जन्म</translation>
    </message>
    <message>
        <source>Deaths reported</source>
        <translation>सूचित मृत्यु</translation>
    </message>
    <message>
        <source>Still births reported</source>
        <translation>सूचित मृत जन्म</translation>
    </message>
    <message>
        <source>… within 21 days</source>
        <translation>… 21 दिन के भीतर</translation>
    </message>
    <message>
        <source>… late (22–30 days)</source>
        <translation>… विलंब से (22–30 दिन)</translation>
    </message>
    <message>
        <source>… with permission (31 days–1 year)</source>
        <translation>… अनुमति से (31 दिन–1 वर्ष)</translation>
    </message>
    <message>
        <source>… with an order (over 1 year)</source>
        <translation>… आदेश से (1 वर्ष से अधिक)</translation>
    </message>
    <message>
        <source>Certificates handed over</source>
        <translation>दिए गए प्रमाण पत्र</translation>
    </message>
    <message>
        <source>Awaiting CRS registration at month end</source>
        <translation>माह के अंत में CRS पंजीकरण की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Information receipt</source>
        <translation>सूचना की पावती</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>सूचना की तिथि</translation>
    </message>
    <message>
        <source>Delay and fee</source>
        <translation>विलंब और शुल्क</translation>
    </message>
    <message>
        <source>The certificate comes from the CRS portal; quote the entry number.</source>
        <translation>प्रमाण पत्र CRS पोर्टल से मिलता है; प्रविष्टि क्रमांक बताएँ।</translation>
    </message>
    <message>
        <source>Cash book: day page</source>
        <translation>रोकड़ बही: दैनिक पृष्ठ</translation>
    </message>
    <message>
        <source>Nil: no receipts or payments on this day.</source>
        <translation>निरंक: इस दिन कोई प्राप्ति या भुगतान नहीं।</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>वाउचर</translation>
    </message>
    <message>
        <source>Receipt / payment</source>
        <translation>प्राप्ति / भुगतान</translation>
    </message>
    <message>
        <source>From / to whom, particulars</source>
        <translation>किससे / किसको, विवरण</translation>
    </message>
    <message>
        <source>Head, fund</source>
        <translation>मद, निधि</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Receipts (₹)</source>
        <translation>प्राप्तियाँ (₹)</translation>
    </message>
    <message>
        <source>Payments (₹)</source>
        <translation>भुगतान (₹)</translation>
    </message>
    <message>
        <source>Opening (₹)</source>
        <translation>प्रारंभिक शेष (₹)</translation>
    </message>
    <message>
        <source>In (₹)</source>
        <translation>आया (₹)</translation>
    </message>
    <message>
        <source>Out (₹)</source>
        <translation>गया (₹)</translation>
    </message>
    <message>
        <source>Closing (₹)</source>
        <translation>अंतिम शेष (₹)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>योग</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>अंतिम शेष</translation>
    </message>
    <message>
        <source>Day closed by %1.</source>
        <translation>दिन %1 ने बंद किया।</translation>
    </message>
    <message>
        <source>Receipts and payments by head of account</source>
        <translation>मदवार प्राप्तियाँ और भुगतान</translation>
    </message>
    <message>
        <source>Head of account</source>
        <translation>लेखा मद</translation>
    </message>
    <message>
        <source>Opening balance (cash and bank)</source>
        <translation>प्रारंभिक शेष (नकद और बैंक)</translation>
    </message>
    <message>
        <source>Closing balance (cash and bank)</source>
        <translation>अंतिम शेष (नकद और बैंक)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Receipts: particulars</source>
        <translation>प्राप्तियाँ: विवरण</translation>
    </message>
    <message>
        <source>Cash (₹)</source>
        <translation>नकद (₹)</translation>
    </message>
    <message>
        <source>Bank (₹)</source>
        <translation>बैंक (₹)</translation>
    </message>
    <message>
        <source>Payments: particulars</source>
        <translation>भुगतान: विवरण</translation>
    </message>
    <message>
        <source>Nil</source>
        <translation>निरंक</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>रोकड़ बही</translation>
    </message>
    <message>
        <source>Cash verification and bank reconciliation</source>
        <translation>नकद सत्यापन और बैंक मिलान</translation>
    </message>
    <message>
        <source>Cash verification certificate</source>
        <translation>नकद सत्यापन प्रमाण पत्र</translation>
    </message>
    <message>
        <source>Note or coin (₹)</source>
        <translation>नोट या सिक्का (₹)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Amount (₹)</source>
        <translation>राशि (₹)</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>गिना गया नकद</translation>
    </message>
    <message>
        <source>Balance as per the cash book</source>
        <translation>रोकड़ बही के अनुसार शेष</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Certified that the cash in hand was counted by me on the date above and found as shown.</source>
        <translation>प्रमाणित किया जाता है कि हाथ में नकद की गिनती मेरे द्वारा उपर्युक्त तिथि को की गई और ऊपर दर्शाए अनुसार पाई गई।</translation>
    </message>
    <message>
        <source>Bank reconciliation statement</source>
        <translation>बैंक मिलान विवरण</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>Add: cheques issued, not yet presented</source>
        <translation>जोड़ें: जारी चेक, जो अभी प्रस्तुत नहीं हुए</translation>
    </message>
    <message>
        <source>Less: deposits not yet credited</source>
        <translation>घटाएँ: जमा जो अभी खाते में नहीं आए</translation>
    </message>
    <message>
        <source>Less: bank charges not yet in the book</source>
        <translation>घटाएँ: बैंक शुल्क जो अभी बही में नहीं</translation>
    </message>
    <message>
        <source>Add: interest not yet in the book</source>
        <translation>जोड़ें: ब्याज जो अभी बही में नहीं</translation>
    </message>
    <message>
        <source>Balance the statement should show</source>
        <translation>बैंक विवरण में होने वाला शेष</translation>
    </message>
    <message>
        <source>Balance as per the bank statement</source>
        <translation>बैंक विवरण के अनुसार शेष</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>भंडार खाता</translation>
    </message>
    <message>
        <source>Supplier or issued to, bill or voucher</source>
        <translation>आपूर्तिकर्ता या किसे दिया, बिल या पर्ची</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>निर्गत</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>शेष</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>प्रारंभिक शेष</translation>
    </message>
    <message>
        <source>Store keeper</source>
        <translation>भंडार प्रभारी</translation>
    </message>
    <message>
        <source>Physical verification of stock</source>
        <translation>भंडार का भौतिक सत्यापन</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>As per the book</source>
        <translation>रजिस्टर के अनुसार</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>स्पष्टीकरण</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>सत्यापनकर्ता</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>भंडार प्रभारी</translation>
    </message>
    <message>
        <source>Stock register</source>
        <translation>स्टॉक रजिस्टर</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>एक वर्ष</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>स्थायी</translation>
    </message>
    <message>
        <source>File labels</source>
        <translation>पत्रावली लेबल</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खोली गई</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>संरक्षण</translation>
    </message>
    <message>
        <source>Shelf list</source>
        <translation>खाना-वार सूची</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>रैक</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>खाना</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>बस्ता</translation>
    </message>
    <message>
        <source>File code</source>
        <translation>पत्रावली कोड</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Out with</source>
        <translation>किसके पास</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>अभिलेखपाल</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Review or destroyed</source>
        <translation>समीक्षा या विनष्टीकरण</translation>
    </message>
    <message>
        <source>Destroyed files</source>
        <translation>नष्ट की गई पत्रावलियाँ</translation>
    </message>
    <message>
        <source>Files due for review or destruction</source>
        <translation>समीक्षा या विनष्टीकरण योग्य पत्रावलियाँ</translation>
    </message>
    <message>
        <source>File index</source>
        <translation>पत्रावली सूची</translation>
    </message>
    <message>
        <source>Record room</source>
        <translation>अभिलेख कक्ष</translation>
    </message>
    <message>
        <source>Files in the index at month end</source>
        <translation>माह के अंत में सूची में पत्रावलियाँ</translation>
    </message>
    <message>
        <source>Files opened this month</source>
        <translation>इस माह खोली गई पत्रावलियाँ</translation>
    </message>
    <message>
        <source>Files out of the record room at month end</source>
        <translation>माह के अंत में अभिलेख कक्ष से बाहर पत्रावलियाँ</translation>
    </message>
    <message>
        <source>of which overdue for return</source>
        <translation>जिनमें वापसी में विलंब</translation>
    </message>
    <message>
        <source>ISO readiness: gap report</source>
        <translation>आईएसओ तैयारी: कमियों की रिपोर्ट</translation>
    </message>
    <message>
        <source>Readiness %1% — %2 of %3 applicable items done</source>
        <translation>तैयारी %1% — लागू %3 में से %2 व्यवस्थाएँ पूरी</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>व्यवस्था</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>लक्ष्य तिथि</translation>
    </message>
    <message>
        <source>What the books show</source>
        <translation>बहियाँ क्या दिखाती हैं</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>ISO readiness (Annexure-2)</source>
        <translation>आईएसओ तैयारी (अनुलग्नक-2)</translation>
    </message>
    <message>
        <source>Arrangements done</source>
        <translation>पूरी व्यवस्थाएँ</translation>
    </message>
    <message>
        <source>Arrangements that apply</source>
        <translation>लागू व्यवस्थाएँ</translation>
    </message>
    <message>
        <source>Readiness score (%)</source>
        <translation>तैयारी अंक (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n वर्ष</numerusform>
            <numerusform>%n वर्ष</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO 9001 audit pack</source>
        <translation>आईएसओ 9001 ऑडिट पैक</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>अवधि %1 – %2</translation>
    </message>
    <message>
        <source>Quality management representative</source>
        <translation>गुणवत्ता प्रबंधन प्रतिनिधि</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Readiness score (Annexure-2)</source>
        <translation>तैयारी अंक (अनुलग्नक-2)</translation>
    </message>
    <message>
        <source>%1% — %2 of %3 applicable items done</source>
        <translation>%1% — लागू %3 में से %2 व्यवस्थाएँ पूरी</translation>
    </message>
    <message>
        <source>every step done</source>
        <translation>सभी चरण पूरे</translation>
    </message>
    <message>
        <source>Quality objectives met in the period</source>
        <translation>अवधि में पूरे हुए गुणवत्ता उद्देश्य</translation>
    </message>
    <message>
        <source>%1 of %2 measured (%3 objectives in all)</source>
        <translation>मापे गए %2 में से %1 (कुल %3 उद्देश्य)</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>खुली सुधारात्मक कार्यवाहियाँ</translation>
    </message>
    <message>
        <source>Contents: 1 overview · 2 quality policy · 3 quality objectives · 4 roles and quality circle · 5 Annexure-2 readiness · 6 evidence · 7 steps to certification · 8 meetings · 9 trainings · 10 citizen surveys · 11 audit findings and corrective actions · 12 risks · 13 the registers in the period</source>
        <translation>विषय-सूची: 1 सारांश · 2 गुणवत्ता नीति · 3 गुणवत्ता उद्देश्य · 4 भूमिकाएँ और गुणवत्ता मंडल · 5 अनुलग्नक-2 की तैयारी · 6 प्रमाण · 7 प्रमाणन के चरण · 8 बैठकें · 9 प्रशिक्षण · 10 नागरिक सर्वे · 11 ऑडिट निष्कर्ष और सुधारात्मक कार्यवाही · 12 जोखिम · 13 अवधि में रजिस्टर</translation>
    </message>
    <message>
        <source>Quality policy</source>
        <translation>गुणवत्ता नीति</translation>
    </message>
    <message>
        <source>No quality policy has been adopted yet.</source>
        <translation>अभी कोई गुणवत्ता नीति अंगीकृत नहीं की गई है।</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translation>%1 को अंगीकृत</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>अगली समीक्षा %1</translation>
    </message>
    <message>
        <source>Quality objectives and what the registers show</source>
        <translation>गुणवत्ता उद्देश्य और रजिस्टर क्या दिखाते हैं</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>माप का आधार</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>अवधि में</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Roles, responsibilities and the quality circle</source>
        <translation>भूमिकाएँ, दायित्व और गुणवत्ता मंडल</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>धारक</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>दायित्व</translation>
    </message>
    <message>
        <source>Quality circle</source>
        <translation>गुणवत्ता मंडल</translation>
    </message>
    <message>
        <source>Annexure-2 arrangements: status and evidence</source>
        <translation>अनुलग्नक-2 की व्यवस्थाएँ: स्थिति और प्रमाण</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>अंतिम जाँच</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>प्रमाण</translation>
    </message>
    <message>
        <source>Evidence attached to the arrangements</source>
        <translation>व्यवस्थाओं के साथ लगे प्रमाण</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>जोड़ने की तिथि</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>No photos or documents are attached yet.</source>
        <translation>अभी कोई फ़ोटो या दस्तावेज़ नहीं लगाया गया है।</translation>
    </message>
    <message>
        <source>Steps to certification</source>
        <translation>प्रमाणन के चरण</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>नियोजित तिथि</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>पूरा होने की तिथि</translation>
    </message>
    <message>
        <source>Meetings held in the period</source>
        <translation>अवधि में हुई बैठकें</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>बैठक</translation>
    </message>
    <message>
        <source>Presided by</source>
        <translation>अध्यक्षता</translation>
    </message>
    <message>
        <source>Present / members</source>
        <translation>उपस्थित / सदस्य</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>गणपूर्ति पूरी</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>प्रस्ताव</translation>
    </message>
    <message>
        <source>Open action items of meetings</source>
        <translation>बैठकों की खुली कार्यवाहियाँ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Trainings in the period</source>
        <translation>अवधि में प्रशिक्षण</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>प्रशिक्षक</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>प्रतिभागी</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>प्रतिभागियों के नाम</translation>
    </message>
    <message>
        <source>Citizen surveys in the period</source>
        <translation>अवधि में नागरिक सर्वे</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>सर्वे</translation>
    </message>
    <message>
        <source>Citizens asked</source>
        <translation>पूछे गए नागरिक</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>संतुष्ट</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>मुख्य निष्कर्ष</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>तय की गई कार्यवाही</translation>
    </message>
    <message>
        <source>Audit findings and corrective actions</source>
        <translation>ऑडिट निष्कर्ष और सुधारात्मक कार्यवाही</translation>
    </message>
    <message>
        <source>Found in the period: %1; closed since: %2.</source>
        <translation>अवधि में पाए गए: %1; जिनमें से बंद: %2।</translation>
    </message>
    <message>
        <source>Corrective actions not yet closed</source>
        <translation>सुधारात्मक कार्यवाहियाँ जो अभी बंद नहीं हुईं</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>पाए जाने की तिथि</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>सुधारात्मक कार्यवाही</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>समय से पीछे</translation>
    </message>
    <message>
        <source>Risks not closed</source>
        <translation>जोखिम जो बंद नहीं हुए</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>जोखिम</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Score (L × I)</source>
        <translation>अंक (संभावना × प्रभाव)</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>उपचार</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>समीक्षा की तिथि</translation>
    </message>
    <message>
        <source>The registers in the period</source>
        <translation>अवधि में रजिस्टर</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>What they show</source>
        <translation>क्या दिखाते हैं</translation>
    </message>
    <message>
        <source>%1 gave feedback; time taken rated %2, staff behaviour %3 (of 5)</source>
        <translation>%1 ने फीडबैक दिया; लगे समय की रेटिंग %2, कर्मचारियों का व्यवहार %3 (5 में से)</translation>
    </message>
    <message>
        <source>%1 delivered, %2 of them in time (%3%); %4 rejected; at the end %5 pending, %6 overdue</source>
        <translation>%1 सेवाएँ दी गईं, जिनमें %2 समय में (%3%); %4 अस्वीकृत; अंत में %5 लंबित, %6 समय से पीछे</translation>
    </message>
    <message>
        <source>%1 disposed, %2 of them in time (%3%); at the end %4 pending, %5 overdue</source>
        <translation>%1 निस्तारित, जिनमें %2 समय में (%3%); अंत में %4 लंबित, %5 समय से पीछे</translation>
    </message>
    <message>
        <source>births %1, deaths %2; %3 reported within 21 days; %4 awaiting CRS registration at the end</source>
        <translation>जन्म %1, मृत्यु %2; %3 की सूचना 21 दिन में; अंत में %4 CRS पंजीकरण की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>receipts ₹ %1, payments ₹ %2; closing balance ₹ %3</source>
        <translation>प्राप्ति ₹ %1, भुगतान ₹ %2; अंतिम शेष ₹ %3</translation>
    </message>
    <message>
        <source>%1 items in the register, %2 of them received or issued</source>
        <translation>रजिस्टर में %1 वस्तुएँ, जिनमें %2 की प्राप्ति या निर्गम</translation>
    </message>
    <message>
        <source>%1 files in the index; at the end %2 out, %3 overdue for return</source>
        <translation>सूची में %1 पत्रावलियाँ; अंत में %2 बाहर, %3 की वापसी समय से पीछे</translation>
    </message>
    <message>
        <source>open now %1, of them overdue %2</source>
        <translation>अभी खुली %1, जिनमें %2 समय से पीछे</translation>
    </message>
    <message>
        <source>corrective actions not closed now: %1</source>
        <translation>अभी बंद न हुई सुधारात्मक कार्यवाहियाँ: %1</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>प्रमाणन</translation>
    </message>
    <message>
        <source>Gram Panchayat %1, Gram Sabha %2, committees, audits, drills and reviews %3</source>
        <translation>ग्राम पंचायत %1, ग्राम सभा %2, समितियाँ, ऑडिट, अभ्यास और समीक्षाएँ %3</translation>
    </message>
    <message>
        <source>not closed now %1, of them scoring 15 or more %2</source>
        <translation>अभी बंद नहीं %1, जिनमें 15 या अधिक अंक वाले %2</translation>
    </message>
    <message>
        <source>%1 attendances</source>
        <translation>%1 उपस्थितियाँ</translation>
    </message>
    <message>
        <source>%1 citizens asked, %2 satisfied (%3%)</source>
        <translation>%1 नागरिकों से पूछा, %2 संतुष्ट (%3%)</translation>
    </message>
    <message>
        <source>Citizen charter</source>
        <translation>नागरिक अधिकार पत्र</translation>
    </message>
    <message>
        <source>The services of the Gram Panchayat and the time within which each is delivered</source>
        <translation>ग्राम पंचायत की सेवाएँ और हर सेवा देने की समय-सीमा</translation>
    </message>
    <message>
        <source>We deliver each service below within the time shown. If it is not delivered in time, or you are not satisfied, appeal to the first appellate officer, and then to the second.</source>
        <translation>नीचे दी गई हर सेवा हम दिए गए समय में देंगे। समय में सेवा न मिले या आप संतुष्ट न हों, तो प्रथम अपीलीय अधिकारी के पास, फिर द्वितीय अपीलीय अधिकारी के पास अपील करें।</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>आवश्यक अभिलेख</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Second appellate officer</source>
        <translation>द्वितीय अपीलीय अधिकारी</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n कार्य दिवस</numerusform>
            <numerusform>%n कार्य दिवस</numerusform>
        </translation>
    </message>
    <message>
        <source>Adopted by the Gram Sabha on %1, resolution %2.</source>
        <translation>ग्राम सभा द्वारा %1 को प्रस्ताव %2 से अंगीकृत।</translation>
    </message>
    <message>
        <source>Complaints and suggestions: %1</source>
        <translation>शिकायत और सुझाव: %1</translation>
    </message>
    <message>
        <source>The month at a glance</source>
        <translation>माह एक नज़र में</translation>
    </message>
    <message>
        <source>of %1 services delivered, within the charter&apos;s time</source>
        <translation>दी गई %1 सेवाओं में से, अधिकार पत्र के समय में</translation>
    </message>
    <message>
        <source>of %1 complaints disposed, within time</source>
        <translation>निस्तारित %1 शिकायतों में से, समय में</translation>
    </message>
    <message>
        <source>applications pending at month end, %1 overdue</source>
        <translation>माह के अंत में लंबित आवेदन, %1 समय से पीछे</translation>
    </message>
    <message>
        <source>complaints pending at month end, %1 overdue</source>
        <translation>माह के अंत में लंबित शिकायतें, %1 समय से पीछे</translation>
    </message>
    <message>
        <source>visitors, %1 gave feedback</source>
        <translation>आगंतुक, %1 ने फीडबैक दिया</translation>
    </message>
    <message>
        <source>births and deaths reported; %1 awaiting CRS registration</source>
        <translation>सूचित जन्म-मृत्यु; %1 CRS पंजीकरण की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>cash and bank balance at month end</source>
        <translation>माह के अंत में नकद और बैंक शेष</translation>
    </message>
    <message>
        <source>ISO readiness: %1 of %2 arrangements done</source>
        <translation>आईएसओ तैयारी: %2 में से %1 व्यवस्थाएँ पूरी</translation>
    </message>
    <message>
        <source>The last twelve months</source>
        <translation>पिछले बारह माह</translation>
    </message>
    <message>
        <source>Services delivered within the charter&apos;s time (%)</source>
        <translation>अधिकार पत्र के समय में दी गई सेवाएँ (%)</translation>
    </message>
    <message>
        <source>Complaints disposed within time (%)</source>
        <translation>समय में निस्तारित शिकायतें (%)</translation>
    </message>
    <message>
        <source>Cash book receipts and payments (₹)</source>
        <translation>रोकड़ बही की प्राप्तियाँ और भुगतान (₹)</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Register by register</source>
        <translation>रजिस्टरवार</translation>
    </message>
    <message>
        <source>Notice of a Gram Sabha meeting</source>
        <translation>ग्राम सभा की बैठक की सूचना</translation>
    </message>
    <message>
        <source>Notice of a Gram Panchayat meeting</source>
        <translation>ग्राम पंचायत की बैठक की सूचना</translation>
    </message>
    <message>
        <source>Tender notice</source>
        <translation>निविदा सूचना</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>सार्वजनिक सूचना</translation>
    </message>
    <message>
        <source>No. %1, dated %2</source>
        <translation>पत्रांक %1, दिनांक %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>All members of the Gram Sabha of %1 are informed that a meeting of the Gram Sabha will be held on %2 at %3 at %4.</source>
        <translation>%1 की ग्राम सभा के सभी सदस्यों को सूचित किया जाता है कि ग्राम सभा की बैठक दिनांक %2 को %3 बजे %4 में होगी।</translation>
    </message>
    <message>
        <source>All members of %1 are informed that a meeting of the Gram Panchayat will be held on %2 at %3 at %4.</source>
        <translation>%1 के सभी सदस्यों को सूचित किया जाता है कि ग्राम पंचायत की बैठक दिनांक %2 को %3 बजे %4 में होगी।</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>कार्यसूची</translation>
    </message>
    <message>
        <source>All members are requested to attend on time.</source>
        <translation>सभी सदस्यों से समय पर उपस्थित होने का अनुरोध है।</translation>
    </message>
    <message>
        <source>Sealed tenders are invited for the work below. Tender forms and conditions are available at the Panchayat Bhawan on working days.</source>
        <translation>नीचे दिए कार्य के लिए मुहरबंद निविदाएँ आमंत्रित की जाती हैं। निविदा प्रपत्र और शर्तें कार्य दिवसों में पंचायत भवन पर उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>अनुमानित लागत</translation>
    </message>
    <message>
        <source>Earnest money</source>
        <translation>अग्रिम धन (ईएमडी)</translation>
    </message>
    <message>
        <source>Tenders received until</source>
        <translation>निविदा प्राप्ति की अंतिम तिथि</translation>
    </message>
    <message>
        <source>Tenders opened on</source>
        <translation>निविदा खोलने की तिथि</translation>
    </message>
    <message>
        <source>The Gram Panchayat may accept or reject any tender.</source>
        <translation>ग्राम पंचायत किसी भी निविदा को स्वीकार या अस्वीकार कर सकती है।</translation>
    </message>
    <message>
        <source>Elected representatives and staff of the Gram Panchayat</source>
        <translation>ग्राम पंचायत के निर्वाचित प्रतिनिधि एवं कर्मचारी</translation>
    </message>
    <message>
        <source>Elected representatives</source>
        <translation>निर्वाचित प्रतिनिधि</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>वार्ड</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Organisation structure of the Gram Panchayat</source>
        <translation>ग्राम पंचायत की संस्था संरचना</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>महत्वपूर्ण (आपातकालीन) नंबर</translation>
    </message>
    <message>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>मुहर</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>अपील</translation>
    </message>
    <message>
        <source>Filed this month</source>
        <translation>इस माह दायर</translation>
    </message>
    <message>
        <source>Decided this month</source>
        <translation>इस माह निर्णीत</translation>
    </message>
    <message>
        <source>… allowed</source>
        <translation>… स्वीकृत</translation>
    </message>
    <message>
        <source>… dismissed</source>
        <translation>… खारिज</translation>
    </message>
    <message>
        <source>… remanded</source>
        <translation>… पुनर्विचार हेतु वापस</translation>
    </message>
    <message>
        <source>Decided within 30 days</source>
        <translation>30 दिनों के भीतर निर्णीत</translation>
    </message>
    <message>
        <source>joined by %1 on %2</source>
        <translation>%2 को %1 से जुड़े</translation>
    </message>
    <message>
        <source>deceased on %1</source>
        <translation>%1 को मृत्यु</translation>
    </message>
    <message>
        <source>left by %1 on %2</source>
        <translation>%2 को %1 से हटे</translation>
    </message>
    <message>
        <source>Certified copy of the family register</source>
        <translation>परिवार रजिस्टर की प्रमाणित नकल</translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation>रसीद %1</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>मकान नंबर</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <translation>परिवार के मुखिया का नाम</translation>
    </message>
    <message>
        <source>Issued by, on</source>
        <translation>जारी करने वाले, तिथि</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>सदस्य का नाम</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>पिता/पति का नाम</translation>
    </message>
    <message>
        <source>Male/female</source>
        <translation>पुरुष/महिला</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>धर्म</translation>
    </message>
    <message>
        <source>Caste category</source>
        <translation>जाति/वर्ग</translation>
    </message>
    <message>
        <source>Date of birth or age</source>
        <translation>जन्म तिथि/आयु</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Literate/illiterate</source>
        <translation>साक्षर/निरक्षर</translation>
    </message>
    <message>
        <source>Details/remarks</source>
        <translation>विवरण/टिप्पणी</translation>
    </message>
    <message>
        <source>literate</source>
        <translation>साक्षर</translation>
    </message>
    <message>
        <source>illiterate</source>
        <translation>निरक्षर</translation>
    </message>
    <message>
        <source>Certified that this is a true copy of the family register of the Gram Panchayat for the family above, as it stood on %1.</source>
        <translation>प्रमाणित किया जाता है कि यह ग्राम पंचायत के परिवार रजिस्टर में ऊपर लिखे परिवार की %1 की स्थिति की सत्य प्रतिलिपि है।</translation>
    </message>
    <message>
        <source>Office seal</source>
        <translation>कार्यालय की मुहर</translation>
    </message>
    <message>
        <source>Secretary, Gram Panchayat</source>
        <translation>सचिव, ग्राम पंचायत</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>नकल क्रमांक</translation>
    </message>
    <message>
        <source>Family as on</source>
        <translation>परिवार इस तिथि पर</translation>
    </message>
    <message>
        <source>Village and family number</source>
        <translation>गाँव और परिवार क्रमांक</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>उपस्थिति रजिस्टर</translation>
    </message>
    <message>
        <source>Name and post</source>
        <translation>नाम और पद</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>हस्ताक्षर</translation>
    </message>
    <message>
        <source>Working days in the month: %1. A dash is a holiday or the weekly off.</source>
        <translation>माह में कार्य दिवस: %1। डैश (–) अवकाश या साप्ताहिक अवकाश है।</translation>
    </message>
    <message>
        <source>Leave taken in the year</source>
        <translation>वर्ष में लिया गया अवकाश</translation>
    </message>
    <message>
        <source>Families at month end</source>
        <translation>माह के अंत में परिवार</translation>
    </message>
    <message>
        <source>Living members at month end</source>
        <translation>माह के अंत में जीवित सदस्य</translation>
    </message>
    <message>
        <source>Changes this month</source>
        <translation>इस माह के बदलाव</translation>
    </message>
    <message>
        <source>Certified copies issued</source>
        <translation>जारी प्रमाणित नकलें</translation>
    </message>
    <message>
        <source>Births and deaths not yet carried into it</source>
        <translation>जन्म-मृत्यु जो अभी परिवार रजिस्टर में दर्ज नहीं</translation>
    </message>
    <message>
        <source>Family register</source>
        <translation>परिवार रजिस्टर</translation>
    </message>
    <message>
        <source>Staff attendance</source>
        <translation>कर्मचारियों की उपस्थिति</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>कार्य दिवस</translation>
    </message>
    <message>
        <source>Present or on duty (%)</source>
        <translation>उपस्थित या ड्यूटी पर (%)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>On duty outside</source>
        <translation>बाहर ड्यूटी पर</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>अवकाश</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Meetings and social audits</source>
        <translation>बैठकें और सामाजिक अंकेक्षण</translation>
    </message>
    <message>
        <source>Gram Panchayat meetings</source>
        <translation>ग्राम पंचायत की बैठकें</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>समितियों की बैठकें</translation>
    </message>
    <message>
        <source>Gram Sabha meetings</source>
        <translation>ग्राम सभा की बैठकें</translation>
    </message>
    <message>
        <source>… without quorum</source>
        <translation>… कोरम के बिना</translation>
    </message>
    <message>
        <source>Social audits</source>
        <translation>सामाजिक अंकेक्षण</translation>
    </message>
    <message>
        <source>Corrective actions (audit findings)</source>
        <translation>सुधारात्मक कार्यवाहियाँ (ऑडिट निष्कर्ष)</translation>
    </message>
    <message>
        <source>Raised this month</source>
        <translation>इस माह उठाई गईं</translation>
    </message>
    <message>
        <source>Completed this month</source>
        <translation>इस माह पूरी हुईं</translation>
    </message>
    <message>
        <source>Open at month end</source>
        <translation>माह के अंत में खुली</translation>
    </message>
    <message>
        <source>Documented procedures (master list)</source>
        <translation>प्रलेखित प्रक्रियाएँ (मास्टर सूची)</translation>
    </message>
    <message>
        <source>No documented procedure is in the list yet.</source>
        <translation>सूची में अभी कोई प्रलेखित प्रक्रिया नहीं है।</translation>
    </message>
    <message>
        <source>Withdrawn versions (kept, not in use)</source>
        <translation>वापस लिए गए संस्करण (सुरक्षित रखे, प्रयोग में नहीं)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>दस्तावेज़ क्रमांक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Approved on, by</source>
        <translation>अनुमोदन तिथि, अनुमोदनकर्ता</translation>
    </message>
    <message>
        <source>Copies kept at</source>
        <translation>प्रतियाँ कहाँ रखी हैं</translation>
    </message>
    <message>
        <source>Withdrawn on, replaced by</source>
        <translation>वापस लेने की तिथि, जिससे बदला गया</translation>
    </message>
    <message>
        <source>File in the book</source>
        <translation>बही में रखी फ़ाइल</translation>
    </message>
    <message>
        <source>Master list of documented procedures</source>
        <translation>प्रलेखित प्रक्रियाओं की मास्टर सूची</translation>
    </message>
    <message>
        <source>Cash book: each cash and bank account</source>
        <translation>रोकड़ बही: हर नकद एवं बैंक खाता</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>प्राप्तियाँ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>अंतरण से आया</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>अंतरण से गया</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>सभी खाते</translation>
    </message>
    <message>
        <source>All heads</source>
        <translation>सभी मद</translation>
    </message>
    <message>
        <source>Stock register: each item</source>
        <translation>स्टॉक रजिस्टर: हर वस्तु</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>प्रारंभिक</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <source>Designated officer for every service: %1.</source>
        <translation>हर सेवा के पदाभिहित अधिकारी: %1।</translation>
    </message>
    <message>
        <source>First appeal: %1.</source>
        <translation>प्रथम अपील: %1।</translation>
    </message>
    <message>
        <source>Second appeal: %1.</source>
        <translation>द्वितीय अपील: %1।</translation>
    </message>
    <message>
        <source>Complaints are answered within: %1.</source>
        <translation>शिकायतों का निस्तारण इस समय में: %1।</translation>
    </message>
    <message>
        <source>Keyboard card</source>
        <translation>कुंजी पटल कार्ड</translation>
    </message>
    <message>
        <source>GramDesk is worked from the keyboard: keep this card beside it</source>
        <translation>ग्रामडेस्क कुंजी पटल से चलता है: यह कार्ड उसके पास रखें</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>क्या करती है</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>कहीं भी</translation>
    </message>
    <message>
        <source>Find a file or an entry by code, number, name (in either script), village or mobile; Enter opens the first</source>
        <translation>पत्रावली या प्रविष्टि खोजें: कोड, क्रमांक, नाम (किसी भी लिपि में), गाँव या मोबाइल से; Enter पहली को खोलता है</translation>
    </message>
    <message>
        <source>Back up the book now</source>
        <translation>अभी बही का बैकअप लें</translation>
    </message>
    <message>
        <source>Show the program in Hindi / in English</source>
        <translation>प्रोग्राम हिंदी में / अंग्रेज़ी में दिखाएँ</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>उपयोगकर्ता बदलें</translation>
    </message>
    <message>
        <source>Quit (the book is backed up as it closes)</source>
        <translation>बंद करें (बंद होते समय बही का बैकअप बनता है)</translation>
    </message>
    <message>
        <source>The areas</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>In a register</source>
        <translation>रजिस्टर में</translation>
    </message>
    <message>
        <source>New entry (typing starts at the first empty field)</source>
        <translation>नई प्रविष्टि (लिखना पहले खाली खाने से शुरू होता है)</translation>
    </message>
    <message>
        <source>Correct the chosen entry (the old version stays visible)</source>
        <translation>चुनी प्रविष्टि संशोधित करें (पुराना रूप दिखता रहता है)</translation>
    </message>
    <message>
        <source>History of the chosen entry</source>
        <translation>चुनी प्रविष्टि का इतिहास</translation>
    </message>
    <message>
        <source>The register&apos;s own actions, named on its buttons (F6 at the visitor register: the visitor leaves)</source>
        <translation>रजिस्टर की अपनी कार्रवाइयाँ, उसके बटनों पर लिखी (आगंतुक रजिस्टर में F6: आगंतुक जा रहे हैं)</translation>
    </message>
    <message>
        <source>Filter the list (names in either script and by sound)</source>
        <translation>सूची छाँटें (नाम किसी भी लिपि में और उच्चारण से)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>छापें</translation>
    </message>
    <message>
        <source>In a form</source>
        <translation>फ़ॉर्म में</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>अगला / पिछला खाना</translation>
    </message>
    <message>
        <source>In a list: choose the numbered item and go on to the next field (ratings too)</source>
        <translation>सूची में: उस क्रमांक का विकल्प चुनें और अगले खाने पर जाएँ (रेटिंग में भी)</translation>
    </message>
    <message>
        <source>In a list: the next item starting with the letter</source>
        <translation>सूची में: उस अक्षर से शुरू होने वाला अगला विकल्प</translation>
    </message>
    <message>
        <source>Save (in a one-line field or a list)</source>
        <translation>सहेजें (एक पंक्ति के खाने या सूची में)</translation>
    </message>
    <message>
        <source>Save from a field of several lines (Enter starts a new line there)</source>
        <translation>कई पंक्तियों वाले खाने से सहेजें (वहाँ Enter नई पंक्ति शुरू करता है)</translation>
    </message>
    <message>
        <source>Close the form (asks first when something is typed)</source>
        <translation>फ़ॉर्म बंद करें (कुछ लिखा हो तो पहले पूछता है)</translation>
    </message>
    <message>
        <source>The first day with GramDesk</source>
        <translation>ग्रामडेस्क के साथ पहला दिन</translation>
    </message>
    <message>
        <source>For the secretary and the operator of a new office</source>
        <translation>नए कार्यालय के सचिव और ऑपरेटर के लिए</translation>
    </message>
    <message>
        <source>Once, as the administrator</source>
        <translation>एक बार, प्रशासक के रूप में</translation>
    </message>
    <message>
        <source>The office (THE OFFICE → Office and settings): name in Hindi and English, LGD code, block, district, the secretary and the pradhan; the weekly off and the fees.</source>
        <translation>कार्यालय (कार्यालय → कार्यालय और सेटिंग): हिंदी और अंग्रेज़ी में नाम, एलजीडी कोड, विकास खंड, जनपद, सचिव और प्रधान; साप्ताहिक अवकाश और शुल्क।</translation>
    </message>
    <message>
        <source>Users (THE OFFICE → Users): one for each person who works on GramDesk, with the role that fits (operator, secretary, auditor). Each chooses a password at the first login.</source>
        <translation>उपयोगकर्ता (कार्यालय → उपयोगकर्ता): ग्रामडेस्क पर काम करने वाले हर व्यक्ति के लिए एक, उपयुक्त भूमिका के साथ (ऑपरेटर, सचिव, लेखा परीक्षक)। हर व्यक्ति पहले लॉगिन पर अपना पासवर्ड चुनता है।</translation>
    </message>
    <message>
        <source>Holidays (MASTERS → Holidays): the year&apos;s gazetted holidays, so that due dates count working days.</source>
        <translation>अवकाश (मूल सूचियाँ → अवकाश): वर्ष के राजपत्रित अवकाश, ताकि नियत तिथियाँ कार्य दिवस गिनें।</translation>
    </message>
    <message>
        <source>Cash and bank accounts (MASTERS): the cash in hand and each bank account with its opening balance and date.</source>
        <translation>नकद और बैंक खाते (मूल सूचियाँ): हाथ में नकद और हर बैंक खाता, प्रारंभिक शेष और तिथि के साथ।</translation>
    </message>
    <message>
        <source>Staff and ward members (MASTERS): each with designation and mobile; print the board and the organisation chart for the wall.</source>
        <translation>कर्मचारी एवं वार्ड सदस्य (मूल सूचियाँ): हर एक पदनाम और मोबाइल के साथ; दीवार के लिए बोर्ड और संगठन चार्ट छापें।</translation>
    </message>
    <message>
        <source>Old registers kept in Excel: save each sheet as CSV UTF-8 and bring it in with Import CSV on its register; nothing is written until every row is right.</source>
        <translation>एक्सेल में रखे पुराने रजिस्टर: हर शीट को CSV UTF-8 के रूप में सहेजें और उसके रजिस्टर में &quot;CSV आयात करें&quot; से लाएँ; जब तक हर पंक्ति सही न हो, कुछ नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>A backup to a USB stick (THE OFFICE → Backups), and a restore tried once, so that the office knows it works.</source>
        <translation>USB स्टिक पर बैकअप (कार्यालय → बैकअप), और एक बार बहाली आज़माएँ, ताकि कार्यालय जाने कि यह काम करती है।</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>हर कार्य दिवस</translation>
    </message>
    <message>
        <source>Each visitor at the visitor register (Ctrl+2, Ctrl+N): the name, the purpose&apos;s digit, Enter; as they leave, F6 and their two ratings.</source>
        <translation>हर आगंतुक आगंतुक रजिस्टर में (Ctrl+2, Ctrl+N): नाम, प्रयोजन का अंक, Enter; जाते समय F6 और उनकी दो रेटिंग।</translation>
    </message>
    <message>
        <source>An application or a complaint: enter it, hand over the printed slip with its due date.</source>
        <translation>आवेदन या शिकायत: दर्ज करें, नियत तिथि वाली छपी पावती दें।</translation>
    </message>
    <message>
        <source>Births and deaths as they are reported; register them on CRS and record the registration number.</source>
        <translation>जन्म और मृत्यु जैसे ही सूचित हों; CRS पर पंजीकरण करें और पंजीकरण संख्या दर्ज करें।</translation>
    </message>
    <message>
        <source>Receipts and payments in the cash book; close the day when the cash is counted.</source>
        <translation>रोकड़ बही में प्राप्तियाँ और भुगतान; नकद गिनकर दिन बंद करें।</translation>
    </message>
    <message>
        <source>Files that leave the record room and come back, at the file movement register.</source>
        <translation>अभिलेख कक्ष से जाने और लौटने वाली पत्रावलियाँ, पत्रावली संचलन रजिस्टर में।</translation>
    </message>
    <message>
        <source>The home page shows what is due today and what is late; work down it.</source>
        <translation>मुखपृष्ठ दिखाता है कि आज क्या देय है और क्या देर से है; उसी क्रम में काम करें।</translation>
    </message>
    <message>
        <source>GramDesk backs the book up each day and as it closes; take a copy to the USB stick each week.</source>
        <translation>ग्रामडेस्क हर दिन और बंद होते समय बही का बैकअप लेता है; हर सप्ताह USB स्टिक पर प्रति लें।</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>हर माह</translation>
    </message>
    <message>
        <source>Close the month in the cash book with the bank reconciliation.</source>
        <translation>बैंक मिलान के साथ रोकड़ बही में माह बंद करें।</translation>
    </message>
    <message>
        <source>Print the secretary&apos;s monthly report (the monthly report area), sign it and send it.</source>
        <translation>सचिव की मासिक रिपोर्ट छापें (मासिक रिपोर्ट क्षेत्र), हस्ताक्षर करें और भेजें।</translation>
    </message>
    <message>
        <source>Look at the ISO readiness area: the next arrangement to make and its evidence.</source>
        <translation>आईएसओ तैयारी क्षेत्र देखें: अगली व्यवस्था जो करनी है और उसका साक्ष्य।</translation>
    </message>
    <message>
        <source>The citizen charter (MASTERS → Citizen charter services): check each service&apos;s time limit, fee, documents and officers against the Gram Sabha&apos;s resolution; print the poster (Ctrl+P) and put it up.</source>
        <translation>नागरिक अधिकार पत्र (मूल सूचियाँ → नागरिक अधिकार पत्र की सेवाएँ): हर सेवा की समय-सीमा, शुल्क, अभिलेख और अधिकारी ग्राम सभा के प्रस्ताव से मिलाएँ; पोस्टर छापें (Ctrl+P) और लगाएँ।</translation>
    </message>
    <message>
        <source>Hindi typing on or off, from the English keys (the status bar shows which; click it for phonetic, Remington or InScript)</source>
        <translation>अंग्रेज़ी कुंजियों से हिंदी टाइपिंग चालू या बंद (स्टेटस बार बताता है कौन-सी; ध्वन्यात्मक, रेमिंगटन या इनस्क्रिप्ट के लिए उस पर क्लिक करें)</translation>
    </message>
    <message>
        <source>While a Hindi word is typed: ↑ ↓ choose a spelling offered, 1 … 9 picks one, Space takes the chosen one (the first), Tab takes it and goes to the next field, Esc keeps the word as the keys made it</source>
        <translation>हिंदी शब्द टाइप करते समय: ↑ ↓ सुझाई वर्तनी चुनें, 1 … 9 कोई एक चुनता है, स्पेस चुनी हुई (पहली) लेता है, Tab उसे लेकर अगले खाने पर जाता है, Esc शब्द को वैसा ही रखता है जैसा कुंजियों से बना</translation>
    </message>
    <message>
        <source>Sheets typed in the KrutiDev or Walkman Chanakya font are recognised on import: keep the box ticked that converts them, and the preview shows the names in Unicode Hindi before anything is written.</source>
        <translation>कृतिदेव या वॉकमैन चाणक्य फ़ॉन्ट में टाइप की गई शीटें आयात पर पहचानी जाती हैं: उन्हें बदलने वाला बॉक्स चुना रहने दें; कुछ भी लिखे जाने से पहले पूर्वावलोकन नाम यूनिकोड हिंदी में दिखाता है।</translation>
    </message>
</context>
<context>
    <name>gd::Procedures</name>
    <message>
        <source>%1 version %2 is already withdrawn; start from the version in force.</source>
        <translation>%1 का संस्करण %2 पहले ही वापस लिया जा चुका है; लागू संस्करण से आरंभ करें।</translation>
    </message>
    <message>
        <source>The new version is approved before the one in force (%1).</source>
        <translation>नया संस्करण लागू संस्करण (%1) से पहले अनुमोदित दिखाया गया है।</translation>
    </message>
    <message>
        <source>Replaced by version %1</source>
        <translation>संस्करण %1 से बदला गया</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>%1 से बदला गया</translation>
    </message>
    <message>
        <source>give the date the version was withdrawn</source>
        <translation>संस्करण वापस लेने की तिथि दें</translation>
    </message>
    <message>
        <source>a version in force has no withdrawal date; clear it, or mark it withdrawn</source>
        <translation>लागू संस्करण की वापसी तिथि नहीं होती; तिथि हटाएँ या वापस लिया गया चुनें</translation>
    </message>
    <message>
        <source>%1 version %2 is already in the list (%3).</source>
        <translation>%1 का संस्करण %2 सूची में पहले से है (%3)।</translation>
    </message>
    <message>
        <source>%1 already has a version in force (%2); add the new one with New version, which withdraws the old one.</source>
        <translation>%1 का एक संस्करण पहले से लागू है (%2); नया संस्करण “नया संस्करण” से जोड़ें, जिससे पुराना वापस हो जाता है।</translation>
    </message>
</context>
<context>
    <name>gd::QualitySystem</name>
    <message>
        <source>the review comes after the policy is adopted (%1)</source>
        <translation>समीक्षा नीति अंगीकृत होने (%1) के बाद होती है</translation>
    </message>
    <message>
        <source>a share is at most 100 (per cent)</source>
        <translation>हिस्सा अधिक से अधिक 100 (प्रतिशत) होता है</translation>
    </message>
    <message>
        <source>a rating target lies between 1 and 5</source>
        <translation>रेटिंग का लक्ष्य 1 और 5 के बीच होता है</translation>
    </message>
    <message>
        <source>GramDesk measures this objective from the registers; leave the value and its date empty, or choose &quot;measured by the office&quot;</source>
        <translation>ग्रामडेस्क यह उद्देश्य रजिस्टरों से मापता है; मान और उसकी तिथि खाली छोड़ें, या &quot;कार्यालय द्वारा मापा गया&quot; चुनें</translation>
    </message>
    <message>
        <source>a value measured by the office needs the date it was measured, and a date needs the value</source>
        <translation>कार्यालय द्वारा मापे गए मान के साथ माप की तिथि चाहिए, और तिथि के साथ मान</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 का नाम दो बार है</translation>
    </message>
    <message>
        <source>write who attended, one name per line</source>
        <translation>प्रतिभागियों के नाम लिखें, हर पंक्ति में एक</translation>
    </message>
    <message>
        <source>a training lasts more than 0 and at most 200 hours</source>
        <translation>प्रशिक्षण 0 से अधिक और अधिक से अधिक 200 घंटे का होता है</translation>
    </message>
    <message>
        <source>more satisfied (%1) than citizens asked (%2)</source>
        <translation>संतुष्ट (%1) पूछे गए नागरिकों (%2) से अधिक हैं</translation>
    </message>
    <message>
        <source>this is before the finding (%1)</source>
        <translation>यह निष्कर्ष (%1) से पहले की तिथि है</translation>
    </message>
    <message>
        <source>an action is verified after it is done (%1)</source>
        <translation>कार्यवाही का सत्यापन उसके पूरा होने (%1) के बाद होता है</translation>
    </message>
    <message>
        <source>write the action taken before giving the date it was done</source>
        <translation>तिथि देने से पहले की गई कार्यवाही लिखें</translation>
    </message>
    <message>
        <source>a nonconformity&apos;s action follows from its cause; write the root cause</source>
        <translation>असंगति की कार्यवाही उसके कारण से तय होती है; मूल कारण लिखें</translation>
    </message>
    <message>
        <source>a corrective action needs an owner and a due date</source>
        <translation>सुधारात्मक कार्यवाही के लिए ज़िम्मेदार व्यक्ति और नियत तिथि चाहिए</translation>
    </message>
    <message>
        <source>only an action that was done can be verified; give the date it was done</source>
        <translation>केवल पूरी हुई कार्यवाही का सत्यापन होता है; पूरा होने की तिथि दें</translation>
    </message>
    <message>
        <source>a verification needs its date, who verified and whether the action worked</source>
        <translation>सत्यापन के लिए तिथि, सत्यापनकर्ता और कार्यवाही प्रभावी रही या नहीं, तीनों चाहिए</translation>
    </message>
    <message>
        <source>the action is verified by someone other than its owner</source>
        <translation>कार्यवाही का सत्यापन उसके ज़िम्मेदार व्यक्ति के अलावा कोई और करता है</translation>
    </message>
</context>
<context>
    <name>gd::Readiness</name>
    <message numerus="yes">
        <source>%n visitor(s) gave feedback in the last 30 days</source>
        <translation>
            <numerusform>पिछले 30 दिनों में %n आगंतुक ने फीडबैक दिया</numerusform>
            <numerusform>पिछले 30 दिनों में %n आगंतुकों ने फीडबैक दिया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) recorded in the last 90 days</source>
        <translation>
            <numerusform>पिछले 90 दिनों में %n शिकायत दर्ज</numerusform>
            <numerusform>पिछले 90 दिनों में %n शिकायतें दर्ज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) coded and listed in the file index</source>
        <translation>
            <numerusform>%n पत्रावली कोड सहित सूची में दर्ज</numerusform>
            <numerusform>%n पत्रावलियाँ कोड सहित सूची में दर्ज</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 places described; %2 of %3 files have their place</source>
        <translation>%1 स्थान वर्णित; %3 में से %2 पत्रावलियों का स्थान दर्ज</translation>
    </message>
    <message>
        <source>No entries in the last 30 days: %1</source>
        <translation>पिछले 30 दिनों में कोई प्रविष्टि नहीं: %1</translation>
    </message>
    <message>
        <source>Marked done, but the books do not show it.</source>
        <translation>पूरा चिह्नित है, पर बहियों में यह नहीं दिखता।</translation>
    </message>
    <message>
        <source>The books show this in place, but it is not marked done.</source>
        <translation>बहियों में यह व्यवस्था दिखती है, पर इसे पूरा चिह्नित नहीं किया गया है।</translation>
    </message>
    <message>
        <source>The regular check was due on %1.</source>
        <translation>नियमित जाँच %1 को होनी थी।</translation>
    </message>
    <message>
        <source>The file %1 is empty; choose the photo or scan again.</source>
        <translation>फ़ाइल %1 खाली है; फ़ोटो या स्कैन फिर से चुनें।</translation>
    </message>
    <message>
        <source>The file %1 is larger than 8 MB; scan it at a lower resolution or save it as a smaller PDF.</source>
        <translation>फ़ाइल %1 8 MB से बड़ी है; कम रेज़ोल्यूशन पर स्कैन करें या छोटी PDF बनाकर सहेजें।</translation>
    </message>
    <message>
        <source>There is no readiness item %1.</source>
        <translation>तैयारी की कोई मद %1 नहीं है।</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>कोई दर्ज नहीं</translation>
    </message>
    <message>
        <source>Last social audit: %1 (one a year is due)</source>
        <translation>पिछला सोशल ऑडिट: %1 (वर्ष में एक आवश्यक)</translation>
    </message>
    <message>
        <source>Last fire-fighting training or drill: %1 (one a year is due)</source>
        <translation>पिछला अग्निशमन प्रशिक्षण या अभ्यास: %1 (वर्ष में एक आवश्यक)</translation>
    </message>
    <message>
        <source>Next step: %1, not planned yet</source>
        <translation>अगला चरण: %1, तिथि अभी तय नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Next step: %1, planned for %2, %n day(s) ago</source>
        <translation>
            <numerusform>अगला चरण: %1, नियत तिथि %2, %n दिन पहले बीत चुकी</numerusform>
            <numerusform>अगला चरण: %1, नियत तिथि %2, %n दिन पहले बीत चुकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step: %1, planned for %2 (in %n day(s))</source>
        <translation>
            <numerusform>अगला चरण: %1, नियत तिथि %2 (%n दिन बाद)</numerusform>
            <numerusform>अगला चरण: %1, नियत तिथि %2 (%n दिन बाद)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) in the risk register, %1 overdue for review</source>
        <translation>
            <numerusform>जोखिम रजिस्टर में %n खुला जोखिम, %1 की समीक्षा देर से</numerusform>
            <numerusform>जोखिम रजिस्टर में %n खुले जोखिम, %1 की समीक्षा देर से</numerusform>
        </translation>
    </message>
    <message>
        <source>Last GP meeting: %1; last committee meeting: %2; last Gram Sabha: %3</source>
        <translation>पिछली ग्राम पंचायत बैठक: %1; पिछली समिति बैठक: %2; पिछली ग्राम सभा: %3</translation>
    </message>
    <message>
        <source>Every register the order names has entries in the last 30 days</source>
        <translation>आदेश में नामित हर रजिस्टर में पिछले 30 दिनों की प्रविष्टियाँ हैं</translation>
    </message>
    <message>
        <source>No emergency numbers on the list yet: add them under Emergency numbers and print the sheet</source>
        <translation>सूची में अभी कोई आपातकालीन नंबर नहीं है: उन्हें &apos;आपातकालीन नंबर&apos; में जोड़ें और पत्रक छापें</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency number(s) on the list to display</source>
        <translation>
            <numerusform>प्रदर्शन के लिए सूची में %n आपातकालीन नंबर</numerusform>
            <numerusform>प्रदर्शन के लिए सूची में %n आपातकालीन नंबर</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries at all yet: %1</source>
        <translation>अभी तक कोई प्रविष्टि नहीं: %1</translation>
    </message>
</context>
<context>
    <name>gd::RecordRoom</name>
    <message>
        <source>there is no %1 &quot;%2&quot; at the top of the record room; describe it under Places first, or pick one that is there</source>
        <translation>अभिलेख कक्ष में सबसे ऊपर कोई %1 &quot;%2&quot; नहीं है; पहले इसे स्थानों में जोड़ें, या मौजूद स्थान चुनें</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot; inside &quot;%3&quot;; describe it under Places first, or pick one that is there</source>
        <translation>&quot;%3&quot; के अंदर कोई %1 &quot;%2&quot; नहीं है; पहले इसे स्थानों में जोड़ें, या मौजूद स्थान चुनें</translation>
    </message>
    <message>
        <source>a room is not inside another place; leave this empty</source>
        <translation>कक्ष किसी अन्य स्थान के अंदर नहीं होता; इसे खाली छोड़ें</translation>
    </message>
    <message>
        <source>say which place this %1 is in</source>
        <translation>बताएँ कि यह %1 किस स्थान के अंदर है</translation>
    </message>
    <message>
        <source>there is no place with the code %1</source>
        <translation>कोड %1 का कोई स्थान नहीं है</translation>
    </message>
    <message>
        <source>a %1 cannot be inside a %2</source>
        <translation>%1, %2 के अंदर नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1 already holds a place named &quot;%2&quot;</source>
        <translation>%1 में &quot;%2&quot; नाम का स्थान पहले से है</translation>
    </message>
    <message>
        <source>a file closes on or after the day it was opened (%1)</source>
        <translation>पत्रावली खोलने के दिन (%1) या उसके बाद ही बंद होती है</translation>
    </message>
    <message>
        <source>a file of category C says how many years it is kept (1 to 10)</source>
        <translation>श्रेणी C की पत्रावली के लिए बताएँ कि उसे कितने वर्ष रखना है (1 से 10)</translation>
    </message>
    <message>
        <source>only a file of category C is kept for a number of years; leave this empty</source>
        <translation>केवल श्रेणी C की पत्रावली निश्चित वर्षों तक रखी जाती है; इसे खाली छोड़ें</translation>
    </message>
    <message>
        <source>a destruction needs both its date and the order that allows it</source>
        <translation>विनष्टीकरण के लिए तिथि और अनुमति देने वाला आदेश दोनों चाहिए</translation>
    </message>
    <message>
        <source>a file of category %1 is kept for ever and is never destroyed</source>
        <translation>श्रेणी %1 की पत्रावली स्थायी है और कभी नष्ट नहीं की जाती</translation>
    </message>
    <message>
        <source>an open file is not destroyed; close it first</source>
        <translation>चालू पत्रावली नष्ट नहीं की जाती; पहले इसे बंद करें</translation>
    </message>
    <message>
        <source>this file is kept until %1; it may be destroyed from then on</source>
        <translation>यह पत्रावली %1 तक रखी जाएगी; उसके बाद ही नष्ट की जा सकती है</translation>
    </message>
    <message>
        <source>a file comes back on or after the day it was issued (%1)</source>
        <translation>पत्रावली जारी होने के दिन (%1) या उसके बाद ही वापस आती है</translation>
    </message>
    <message>
        <source>the file is due back on or after the day it is issued (%1)</source>
        <translation>वापसी की नियत तिथि जारी करने के दिन (%1) या उसके बाद की हो</translation>
    </message>
    <message>
        <source>%1 is out with %2 since %3; record its return first.</source>
        <translation>%1, %3 से %2 के पास है; पहले उसकी वापसी दर्ज करें।</translation>
    </message>
    <message>
        <source>File code: there is no file %1 in the file index.</source>
        <translation>पत्रावली कोड: पत्रावली सूची में %1 नाम की कोई पत्रावली नहीं है।</translation>
    </message>
    <message>
        <source>%1 was destroyed; it cannot be issued.</source>
        <translation>%1 नष्ट की जा चुकी है; इसे जारी नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Issued on: %1 was opened on %2; it cannot be issued before.</source>
        <translation>जारी करने की तिथि: %1 %2 को खोली गई थी; उससे पहले जारी नहीं हो सकती।</translation>
    </message>
    <message>
        <source>%1 is already out with %2 since %3; record its return first.</source>
        <translation>%1 पहले से %3 से %2 के पास है; पहले उसकी वापसी दर्ज करें।</translation>
    </message>
    <message>
        <source>%1 came back on %2 already.</source>
        <translation>%1 %2 को पहले ही वापस आ चुकी है।</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>वापस आई</translation>
    </message>
    <message>
        <source>%1 was closed on %2 already.</source>
        <translation>%1 %2 को पहले ही बंद की जा चुकी है।</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद की गई</translation>
    </message>
    <message>
        <source>%1 was destroyed; it has no place any more.</source>
        <translation>%1 नष्ट की जा चुकी है; अब उसका कोई स्थान नहीं है।</translation>
    </message>
    <message>
        <source>Say where the file goes: at least the room.</source>
        <translation>बताएँ कि पत्रावली कहाँ रखी जाएगी: कम से कम कक्ष।</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>%1 से %2 में रखी गई</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>कोई स्थान नहीं</translation>
    </message>
    <message>
        <source>%1 is closed; only an open file continues in a new volume.</source>
        <translation>%1 बंद है; केवल चालू पत्रावली ही नए खंड में आगे बढ़ती है।</translation>
    </message>
    <message>
        <source>volume %1 opened</source>
        <translation>खंड %1 खोला गया</translation>
    </message>
    <message>
        <source>%1 was destroyed on %2 already.</source>
        <translation>%1 %2 को पहले ही नष्ट की जा चुकी है।</translation>
    </message>
    <message>
        <source>Give the order that allows the destruction (its number and date).</source>
        <translation>विनष्टीकरण की अनुमति देने वाला आदेश (संख्या और तिथि) लिखें।</translation>
    </message>
    <message>
        <source>destroyed under %1</source>
        <translation>%1 के अंतर्गत नष्ट की गई</translation>
    </message>
</context>
<context>
    <name>gd::Recovery</name>
    <message>
        <source>The backup %1 could not be read.</source>
        <translation>बैकअप %1 पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to, so the backup cannot be put in place. Nothing was changed.</source>
        <translation>फ़ोल्डर %1 में लिखा नहीं जा सकता, इसलिए बैकअप को उसकी जगह नहीं रखा जा सकता। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The backup could not be copied next to the book (is the disk full?). Nothing was changed.</source>
        <translation>बैकअप को बही के पास कॉपी नहीं किया जा सका (क्या डिस्क भरी है?)। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The backup %1 failed its check (%2). Nothing was changed; choose another backup.</source>
        <translation>बैकअप %1 अपनी जाँच में विफल रहा (%2)। कुछ नहीं बदला गया; कोई दूसरा बैकअप चुनें।</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk. Nothing was changed.</source>
        <translation>बैकअप डिस्क पर लिखा नहीं जा सका। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so the damaged book cannot be kept. Nothing was changed.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका, इसलिए ख़राब बही सँभाली नहीं जा सकती। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The damaged book could not be moved to %1. Nothing was changed.</source>
        <translation>ख़राब बही को %1 में नहीं ले जाया जा सका। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The backup could not be put in place of the book. The damaged book is kept in %1; copy it back to open it again.</source>
        <translation>बैकअप को बही की जगह नहीं रखा जा सका। ख़राब बही %1 में रखी है; उसे फिर खोलने के लिए वापस कॉपी करें।</translation>
    </message>
    <message>
        <source>its first page is damaged, or it is not a GramDesk book</source>
        <translation>उसका पहला पृष्ठ क्षतिग्रस्त है, या वह ग्रामडेस्क बही नहीं है</translation>
    </message>
    <message>
        <source>it cannot be opened: check that the disk or USB stick holding it is connected</source>
        <translation>वह खुल नहीं सकती: देखें कि उसे रखने वाली डिस्क या USB स्टिक जुड़ी है</translation>
    </message>
    <message>
        <source>the disk could not read it: check that the disk or USB stick holding it is connected</source>
        <translation>डिस्क उसे पढ़ नहीं सकी: देखें कि उसे रखने वाली डिस्क या USB स्टिक जुड़ी है</translation>
    </message>
    <message>
        <source>the computer ran out of memory while reading it: close other programs and try again</source>
        <translation>उसे पढ़ते समय कंप्यूटर की मेमोरी भर गई: दूसरे प्रोग्राम बंद करके फिर कोशिश करें</translation>
    </message>
    <message>
        <source>some of its pages cannot be read</source>
        <translation>उसके कुछ पृष्ठ पढ़े नहीं जा सकते</translation>
    </message>
    <message>
        <source>it cannot be read (error %1)</source>
        <translation>वह पढ़ी नहीं जा सकती (त्रुटि %1)</translation>
    </message>
    <message>
        <source>some of its pages cannot be read (in the parts holding %1)</source>
        <translation>उसके कुछ पृष्ठ पढ़े नहीं जा सकते (%1 वाले भागों में)</translation>
    </message>
</context>
<context>
    <name>gd::Registers</name>
    <message>
        <source>%1 is before %2 (%3)</source>
        <translation>%1, %2 (%3) से पहले की है</translation>
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
        <translation>&quot;%1&quot; भूमिका वाले उपयोगकर्ता को यह अधिकार नहीं है: %2। प्रशासक या सचिव से कहें।</translation>
    </message>
</context>
<context>
    <name>gd::Schema</name>
    <message>
        <source>The book could not be upgraded to version %1 (%2). It was left as it was; a backup was taken first.</source>
        <translation>बही को संस्करण %1 में नहीं बदला जा सका (%2)। बही जैसी थी वैसी ही है; पहले बैकअप ले लिया गया था।</translation>
    </message>
    <message>
        <source>GramDesk could not make a folder in %1 to check the book&apos;s structure against (%2). Free some space there and try again.</source>
        <translation>बही की संरचना जाँचने के लिए ग्रामडेस्क %1 में फ़ोल्डर नहीं बना सका (%2)। वहाँ कुछ जगह ख़ाली करके फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>gd::Seals</name>
    <message>
        <source>GramDesk: the seals of the book %1. Each line is a seal: when it was made, the audit log&apos;s entry number, the code of the chain at that entry, and what it was printed on. Keep this file: &quot;gramdesk-cli verify&quot; checks the book against every seal in it.</source>
        <translation>ग्रामडेस्क: बही %1 की मुहरें। हर पंक्ति एक मुहर है: वह कब बनी, ऑडिट लॉग की प्रविष्टि संख्या, उस प्रविष्टि पर श्रृंखला का कोड, और वह किस पर छपी। यह फ़ाइल सँभालकर रखें: &quot;gramdesk-cli verify&quot; बही को इसकी हर मुहर से जाँचता है।</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a seal. A seal is the entry number, a colon and the 12-character code, as printed: for example 1234:ABCD-EFGH-JKMN.</source>
        <translation>&quot;%1&quot; मुहर नहीं है। मुहर प्रविष्टि संख्या, कोलन और 12 अक्षरों का कोड है, जैसा छपा है: उदाहरण के लिए 1234:ABCD-EFGH-JKMN।</translation>
    </message>
    <message>
        <source>monthly report %1</source>
        <translation>मासिक रिपोर्ट %1</translation>
    </message>
    <message>
        <source>audit pack %1 – %2</source>
        <translation>ऑडिट पैक %1 – %2</translation>
    </message>
    <message>
        <source>cash book day %1</source>
        <translation>रोकड़ बही दिन %1</translation>
    </message>
    <message>
        <source>new book</source>
        <translation>नई बही</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, before the seal %2: entries were removed from its end.</source>
        <translation>ऑडिट लॉग प्रविष्टि %1 पर ख़त्म होता है, मुहर %2 से पहले: उसके अंत से प्रविष्टियाँ हटाई गईं।</translation>
    </message>
    <message>
        <source>The book does not pass through the seal %1: its history up to that seal was written again.</source>
        <translation>बही मुहर %1 से होकर नहीं गुज़रती: उस मुहर तक का उसका इतिहास दोबारा लिखा गया।</translation>
    </message>
</context>
<context>
    <name>gd::SearchIndex</name>
    <message>
        <source>The search index could not be written.</source>
        <translation>खोज सूची नहीं लिखी जा सकी।</translation>
    </message>
</context>
<context>
    <name>gd::StockBook</name>
    <message>
        <source>a quantity is more than zero</source>
        <translation>मात्रा शून्य से अधिक होती है</translation>
    </message>
    <message>
        <source>%1 was taken into the register on %2; a move cannot be dated before that</source>
        <translation>%1 रजिस्टर में %2 को लिया गया; उससे पहले की प्रविष्टि नहीं हो सकती</translation>
    </message>
    <message>
        <source>This would issue more %1 than the register holds on %2 (the balance there would be %3). A balance never goes below zero: check the quantity, the item and the date.</source>
        <translation>इससे %2 को रजिस्टर में उपलब्ध से अधिक %1 निर्गत होगा (तब शेष %3 होगा)। शेष कभी शून्य से नीचे नहीं जाता: मात्रा, वस्तु और तिथि जाँचें।</translation>
    </message>
    <message>
        <source>Name who verified the stock and who keeps it.</source>
        <translation>सत्यापन करने वाले और भंडार रखने वाले, दोनों के नाम लिखें।</translation>
    </message>
    <message>
        <source>The stock is verified by someone other than its custodian (%1).</source>
        <translation>भंडार का सत्यापन उसके प्रभारी (%1) के अलावा कोई और करता है।</translation>
    </message>
    <message>
        <source>A verification is dated today or earlier.</source>
        <translation>सत्यापन आज या उससे पहले की तिथि का होता है।</translation>
    </message>
    <message>
        <source>The stock was already verified on %1.</source>
        <translation>भंडार का सत्यापन %1 को पहले ही हो चुका है।</translation>
    </message>
    <message>
        <source>Count %1 too: a verification covers every item in use.</source>
        <translation>%1 को भी गिनें: सत्यापन में उपयोग की हर वस्तु शामिल होती है।</translation>
    </message>
    <message>
        <source>A count is not below zero.</source>
        <translation>गिनती शून्य से कम नहीं होती।</translation>
    </message>
    <message>
        <source>%1: counted %2 against %3 in the book; explain the difference.</source>
        <translation>%1: रजिस्टर में %3 के सामने %2 गिना गया; अंतर का कारण लिखें।</translation>
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
    <name>gd::VitalEvents</name>
    <message>
        <source>Certificate handed over; nothing is pending.</source>
        <translation>प्रमाण पत्र दे दिया गया; कुछ लंबित नहीं।</translation>
    </message>
    <message>
        <source>Registered on CRS: hand over the certificate and record to whom.</source>
        <translation>CRS पर पंजीकृत: प्रमाण पत्र दें और दर्ज करें कि किसे दिया।</translation>
    </message>
    <message>
        <source>Late (22–30 days): collect the late fee of ₹ %1, record the receipt number, then register on CRS.</source>
        <translation>विलंब (22–30 दिन): ₹ %1 विलंब शुल्क लें, रसीद संख्या दर्ज करें, फिर CRS पर पंजीकरण करें।</translation>
    </message>
    <message>
        <source>Late fee received: register on CRS.</source>
        <translation>विलंब शुल्क प्राप्त: CRS पर पंजीकरण करें।</translation>
    </message>
    <message>
        <source>Over 30 days: needs the written permission of the DPRO, an affidavit and the fee of ₹ %1. Record the permission reference before the CRS registration.</source>
        <translation>30 दिन से अधिक: जिला पंचायत राज अधिकारी की लिखित अनुमति, शपथ पत्र और ₹ %1 शुल्क आवश्यक। CRS पंजीकरण से पहले अनुमति का संदर्भ दर्ज करें।</translation>
    </message>
    <message>
        <source>Permission recorded: register on CRS.</source>
        <translation>अनुमति दर्ज: CRS पर पंजीकरण करें।</translation>
    </message>
    <message>
        <source>Over a year: needs an order of the SDM (magistrate) and the fee of ₹ %1. Record the order reference before the CRS registration.</source>
        <translation>एक वर्ष से अधिक: उपजिलाधिकारी (मजिस्ट्रेट) का आदेश और ₹ %1 शुल्क आवश्यक। CRS पंजीकरण से पहले आदेश का संदर्भ दर्ज करें।</translation>
    </message>
    <message>
        <source>Order recorded: register on CRS.</source>
        <translation>आदेश दर्ज: CRS पर पंजीकरण करें।</translation>
    </message>
    <message>
        <source>Within 21 days: register on the CRS portal now; it is free.</source>
        <translation>21 दिन के भीतर: अभी CRS पोर्टल पर पंजीकरण करें; यह निःशुल्क है।</translation>
    </message>
    <message>
        <source>the information cannot come before the event (%1)</source>
        <translation>सूचना घटना (%1) से पहले नहीं हो सकती</translation>
    </message>
    <message>
        <source>a death is registered with the name of the deceased</source>
        <translation>मृत्यु का पंजीकरण मृतक के नाम के साथ होता है</translation>
    </message>
    <message>
        <source>an age is given for a death only</source>
        <translation>आयु केवल मृत्यु के लिए दी जाती है</translation>
    </message>
    <message>
        <source>a spouse is recorded for a death only</source>
        <translation>पति/पत्नी का नाम केवल मृत्यु के लिए दर्ज होता है</translation>
    </message>
    <message>
        <source>a birth is registered with the mother&apos;s name</source>
        <translation>जन्म का पंजीकरण माता के नाम के साथ होता है</translation>
    </message>
    <message>
        <source>only the last four digits of an Aadhaar number are kept; type just those four</source>
        <translation>आधार संख्या के केवल अंतिम चार अंक रखे जाते हैं; केवल वही चार लिखें</translation>
    </message>
    <message>
        <source>this looks like a full Aadhaar number; GramDesk keeps only its last four digits (in &quot;%1&quot;)</source>
        <translation>यह पूरी आधार संख्या लगती है; ग्रामडेस्क केवल अंतिम चार अंक रखता है (&quot;%1&quot; में)</translation>
    </message>
    <message>
        <source>a CRS registration needs both its number and its date</source>
        <translation>CRS पंजीकरण में संख्या और तिथि दोनों आवश्यक हैं</translation>
    </message>
    <message>
        <source>the CRS registration cannot come before the information (%1)</source>
        <translation>CRS पंजीकरण सूचना (%1) से पहले नहीं हो सकता</translation>
    </message>
    <message>
        <source>a certificate is handed over after the CRS registration</source>
        <translation>प्रमाण पत्र CRS पंजीकरण के बाद दिया जाता है</translation>
    </message>
    <message>
        <source>the certificate cannot be handed over before the CRS registration (%1)</source>
        <translation>प्रमाण पत्र CRS पंजीकरण (%1) से पहले नहीं दिया जा सकता</translation>
    </message>
    <message>
        <source>a handover needs both the date and to whom</source>
        <translation>प्रमाण पत्र देने में तिथि और किसे दिया, दोनों आवश्यक हैं</translation>
    </message>
    <message>
        <source>reported after a year: record the SDM&apos;s order before the CRS registration number</source>
        <translation>एक वर्ष बाद सूचना: CRS पंजीकरण संख्या से पहले उपजिलाधिकारी का आदेश दर्ज करें</translation>
    </message>
    <message>
        <source>reported after 30 days: record the DPRO&apos;s permission before the CRS registration number</source>
        <translation>30 दिन बाद सूचना: CRS पंजीकरण संख्या से पहले जिला पंचायत राज अधिकारी की अनुमति दर्ज करें</translation>
    </message>
    <message>
        <source>CRS registration %1</source>
        <translation>CRS पंजीकरण %1</translation>
    </message>
    <message>
        <source>The certificate of %1 was already handed over; record a copy instead.</source>
        <translation>%1 का प्रमाण पत्र पहले ही दिया जा चुका है; इसके बजाय प्रति दर्ज करें।</translation>
    </message>
    <message>
        <source>certificate handed over to %1</source>
        <translation>प्रमाण पत्र %1 को दिया</translation>
    </message>
    <message>
        <source>A copy follows the first handover; record the handover first.</source>
        <translation>प्रति पहली बार देने के बाद ही; पहले प्रमाण पत्र देना दर्ज करें।</translation>
    </message>
    <message>
        <source>Give the date and to whom the copy was given.</source>
        <translation>तिथि और किसे प्रति दी, यह बताएँ।</translation>
    </message>
    <message>
        <source>A copy is dated between the first handover (%1) and today.</source>
        <translation>प्रति की तिथि पहली बार देने (%1) और आज के बीच होती है।</translation>
    </message>
    <message>
        <source>copy given to %1</source>
        <translation>प्रति %1 को दी</translation>
    </message>
    <message>
        <source>A correction in the birth and death register names the order it follows (who ordered it, with reference) in &quot;%1&quot;.</source>
        <translation>जन्म-मृत्यु रजिस्टर में सुधार उस आदेश के साथ होता है जिसके अनुसार किया गया (किसने आदेश दिया, संदर्भ सहित); इसे &quot;%1&quot; में लिखें।</translation>
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
        <source>Restored the book from %1. The book as it was before is kept in %2.</source>
        <translation>बही %1 से बहाल की गई। पहले वाली बही %2 में सुरक्षित है।</translation>
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
    <message>
        <source>There is no register &quot;%1&quot;. Registers: %2.</source>
        <translation>&quot;%1&quot; नाम का कोई रजिस्टर नहीं है। रजिस्टर: %2।</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 पढ़ी नहीं जा सकती (%2)।</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and import the file again.</source>
        <translation>कुछ भी आयात नहीं हुआ: ऊपर की पंक्तियाँ सुधारें और फ़ाइल फिर से आयात करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked and found good; nothing was written (dry run).</source>
        <translation>
            <numerusform>%n पंक्ति जाँची गई और ठीक पाई गई; कुछ नहीं लिखा गया (परीक्षण)।</numerusform>
            <numerusform>%n पंक्तियाँ जाँची गईं और ठीक पाई गईं; कुछ नहीं लिखा गया (परीक्षण)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>%1 में %n पंक्ति आयात हुई।</numerusform>
            <numerusform>%1 में %n पंक्तियाँ आयात हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs a register: export REGISTER [--from DATE] [--to DATE] [--out FILE].</source>
        <translation>export को रजिस्टर चाहिए: export REGISTER [--from DATE] [--to DATE] [--out FILE]।</translation>
    </message>
    <message>
        <source>report needs: report monthly --month YYYY-MM [--lang hi|en|both] [--pdf F] [--json F] [--csv F].</source>
        <translation>report का रूप: report monthly --month YYYY-MM [--lang hi|en|both] [--pdf F] [--json F] [--csv F]।</translation>
    </message>
    <message>
        <source>report monthly needs --month YYYY-MM.</source>
        <translation>report monthly को --month YYYY-MM चाहिए।</translation>
    </message>
    <message>
        <source>nil (no entries)</source>
        <translation>निरंक (कोई प्रविष्टि नहीं)</translation>
    </message>
    <message>
        <source>closing balance ₹ %1 (%2 / %3)</source>
        <translation>अंतिम शेष ₹ %1 (%2 / %3)</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n day(s) of the cash book.</source>
        <translation>
            <numerusform>रोकड़ बही का %n दिन बंद हुआ।</numerusform>
            <numerusform>रोकड़ बही के %n दिन बंद हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>cash needs: cash close-day DATE, or cash close-month YYYY-MM --cash COUNT --bank ACCOUNT:ITEMS.</source>
        <translation>cash का रूप: cash close-day DATE, या cash close-month YYYY-MM --cash COUNT --bank ACCOUNT:ITEMS।</translation>
    </message>
    <message>
        <source>close-month needs the month: cash close-month YYYY-MM --cash 500x4,100x2 --bank SBI:statement=50070,cheques=12000,deposits=1000,charges=50,interest=120.</source>
        <translation>close-month को माह चाहिए: cash close-month YYYY-MM --cash 500x4,100x2 --bank SBI:statement=50070,cheques=12000,deposits=1000,charges=50,interest=120।</translation>
    </message>
    <message>
        <source>--cash lists notes and coins as RUPEESxCOUNT separated by commas, for example 500x4,100x2,1x7.</source>
        <translation>--cash में नोट और सिक्के RUPEESxCOUNT रूप में, अल्पविराम से अलग, जैसे 500x4,100x2,1x7।</translation>
    </message>
    <message>
        <source>--bank takes ACCOUNT:statement=…,cheques=…,deposits=…,charges=…,interest=…[,note=…].</source>
        <translation>--bank का रूप: ACCOUNT:statement=…,cheques=…,deposits=…,charges=…,interest=…[,note=…]।</translation>
    </message>
    <message>
        <source>Cash: book ₹ %1, counted ₹ %2.</source>
        <translation>नकद: बही ₹ %1, गिना ₹ %2।</translation>
    </message>
    <message>
        <source>%1: book ₹ %2, statement ₹ %3, difference ₹ %4.</source>
        <translation>%1: बही ₹ %2, बैंक विवरण ₹ %3, अंतर ₹ %4।</translation>
    </message>
    <message>
        <source>Closed the month %1.</source>
        <translation>माह %1 बंद हुआ।</translation>
    </message>
    <message>
        <source>search needs the text to find: search TEXT [--limit N] [--json].</source>
        <translation>search को खोजने का पाठ चाहिए: search TEXT [--limit N] [--json].</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation>--limit 1 से 1000 तक की संख्या लेता है।</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; के लिए कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>The period ends before it begins; check --from and --to.</source>
        <translation>अवधि शुरू होने से पहले समाप्त हो रही है; --from और --to जाँचें।</translation>
    </message>
    <message>
        <source>The output</source>
        <translation>आउटपुट</translation>
    </message>
    <message>
        <source>Warning: others on this PC may read the password file %1. Make it yours alone (chmod 600 %1).</source>
        <translation>चेतावनी: इस पीसी पर दूसरे लोग पासवर्ड फ़ाइल %1 पढ़ सकते हैं। उसे केवल अपनी बनाएँ (chmod 600 %1)।</translation>
    </message>
    <message>
        <source>--lang takes hi, en or both, not &quot;%1&quot;.</source>
        <translation>--lang में hi, en या both दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>restore needs the backup file: restore FILE [--other-office].</source>
        <translation>restore को बैकअप फ़ाइल चाहिए: restore FILE [--other-office]।</translation>
    </message>
    <message>
        <source>To restore it all the same, add --other-office.</source>
        <translation>फिर भी बहाल करना हो तो --other-office जोड़ें।</translation>
    </message>
    <message>
        <source>Seal of this backup: %1. Write it in the backup register beside the date.</source>
        <translation>इस बैकअप की मुहर: %1। इसे बैकअप रजिस्टर में तारीख़ के साथ लिखें।</translation>
    </message>
    <message>
        <source>verify takes only --seal N:CODE (a seal as printed).</source>
        <translation>verify केवल --seal N:CODE लेता है (जैसी मुहर छपी है)।</translation>
    </message>
    <message>
        <source>%1 Keep the paper with the seal and a copy of this book for the auditor.</source>
        <translation>%1 मुहर वाला काग़ज़ और इस बही की एक प्रति ऑडिटर के लिए रखें।</translation>
    </message>
    <message numerus="yes">
        <source>It passes through every seal known of it (%n checked).</source>
        <translation>
            <numerusform>यह अपनी हर ज्ञात मुहर से होकर गुज़रती है (%n जाँची गई)।</numerusform>
            <numerusform>यह अपनी हर ज्ञात मुहर से होकर गुज़रती है (%n जाँची गईं)।</numerusform>
        </translation>
    </message>
    <message>
        <source>It passes through the seal %1.</source>
        <translation>यह मुहर %1 से होकर गुज़रती है।</translation>
    </message>
    <message>
        <source>report audit-pack needs --from DATE --to DATE and --pdf FILE, --json FILE or both.</source>
        <translation>report audit-pack को --from DATE --to DATE और --pdf FILE, --json FILE या दोनों चाहिए।</translation>
    </message>
    <message>
        <source>family needs: family show VILLAGE/NUMBER [--as-on DATE], or family copy VILLAGE/NUMBER --application NUMBER [--receipt R] [--as-on DATE] --pdf FILE.</source>
        <translation>family के लिए लिखें: family show गाँव/क्रमांक [--as-on DATE], या family copy गाँव/क्रमांक --application NUMBER [--receipt R] [--as-on DATE] --pdf FILE।</translation>
    </message>
    <message>
        <source>Write the family as VILLAGE/NUMBER, for example रामपुर/45.</source>
        <translation>परिवार को गाँव/क्रमांक लिखें, जैसे रामपुर/45।</translation>
    </message>
    <message>
        <source>There is no family %1 in the register on %2.</source>
        <translation>%2 को रजिस्टर में परिवार %1 नहीं है।</translation>
    </message>
    <message>
        <source>family copy needs --application NUMBER and --pdf FILE.</source>
        <translation>family copy के लिए --application NUMBER और --pdf FILE दें।</translation>
    </message>
    <message>
        <source>Certified copy %1 issued; %2 delivered.</source>
        <translation>प्रमाणित नकल %1 जारी हुई; %2 निस्तारित।</translation>
    </message>
    <message>
        <source>--population takes a number from 500 to 50000.</source>
        <translation>--population में 500 से 50000 तक की संख्या दें।</translation>
    </message>
    <message>
        <source>attendance mark needs a date and CODE=MARK for each person, for example SECRETARY=P.</source>
        <translation>attendance mark के लिए तिथि और हर व्यक्ति का CODE=MARK दें, जैसे SECRETARY=P।</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write CODE=MARK, the mark one of P, A, CL, ML, EL, T, TR, BM.</source>
        <translation>&quot;%1&quot;: CODE=MARK लिखें; MARK इनमें से एक: P, A, CL, ML, EL, T, TR, BM।</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the times as @HH:MM-HH:MM.</source>
        <translation>&quot;%1&quot;: समय @HH:MM-HH:MM लिखें।</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) for %1.</source>
        <translation>
            <numerusform>%1 को %n व्यक्ति की उपस्थिति दर्ज हुई।</numerusform>
            <numerusform>%1 को %n व्यक्तियों की उपस्थिति दर्ज हुई।</numerusform>
        </translation>
    </message>
    <message>
        <source>attendance needs: attendance mark DATE CODE=MARK …, attendance sheet --month YYYY-MM --pdf FILE, or attendance leave --year YYYY --pdf FILE.</source>
        <translation>attendance के लिए लिखें: attendance mark DATE CODE=MARK …, attendance sheet --month YYYY-MM --pdf FILE, या attendance leave --year YYYY --pdf FILE।</translation>
    </message>
    <message>
        <source>--month takes YYYY-MM.</source>
        <translation>--month में YYYY-MM दें।</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026.</source>
        <translation>--year में वर्ष दें, जैसे 2026।</translation>
    </message>
    <message>
        <source>procedures needs: procedures print --pdf FILE [--lang hi|en|both].</source>
        <translation>procedures के लिए लिखें: procedures print --pdf FILE [--lang hi|en|both]।</translation>
    </message>
    <message>
        <source>--scheme takes phonetic, remington or inscript, not &quot;%1&quot;.</source>
        <translation>--scheme में phonetic, remington या inscript दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>--suggest takes a number from 1 to 50.</source>
        <translation>--suggest 1 से 50 तक की संख्या लेता है।</translation>
    </message>
    <message>
        <source>type needs the text: type [--scheme phonetic|remington|inscript] [--suggest N] TEXT.</source>
        <translation>type को पाठ चाहिए: type [--scheme phonetic|remington|inscript] [--suggest N] TEXT।</translation>
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
  restore FILE [--other-office]
                        replace the book with a backup (the current book is backed up first;
                        another office&apos;s backup only with --other-office)
  verify [--seal N:CODE]
                        check the book&apos;s integrity, its audit chain and its seals
  demo [--years N] [--seed S] [--population N]
                        write a synthetic office book at --book (a panchayat of N people, 5000 by
                        default)
  import REGISTER FILE [--dry-run] [--legacy-font krutidev|chanakya]
                        import CSV rows, all or nothing (converting text typed in KrutiDev 010
                        or Walkman Chanakya)
  export REGISTER [--from DATE] [--to DATE] [--out FILE]
                        write a register as CSV (to stdout without --out)
  report monthly --month YYYY-MM [--lang hi|en|both] [--pdf F] [--json F] [--csv F]
                        the secretary&apos;s monthly report (JSON on stdout without a file)
  report audit-pack --from DATE --to DATE [--pdf F] [--json F] [--lang hi|en|both]
                        the ISO 9001 audit pack for a period (its figures as JSON with --json)
  cash close-day DATE   close the cash book up to DATE (every open day before it too; empty days as nil)
  cash close-month YYYY-MM --cash 500x4,100x2 [--cash-note T]
                   --bank ACCOUNT:statement=A,cheques=A,deposits=A,charges=A,interest=A[,note=T] (each bank)
                        close a month: cash counted by note and coin, each bank reconciled
  search TEXT [--limit N] [--json]
                        find files and entries of every register by code, number, name, title, village
                        or mobile, in Hindi or English; best first, grouped by register
  family show VILLAGE/NUMBER [--as-on DATE]
                        a family of the family register as on a date (today without one), and its events
  family copy VILLAGE/NUMBER --application NUMBER [--receipt R] [--as-on DATE] --pdf F [--lang hi|en|both]
                        issue a certified copy against its application (which it closes as delivered)
  attendance mark DATE CODE=MARK[@HH:MM-HH:MM] …
                        mark staff for a working day (MARK: P, A, CL, ML, EL, T, TR, BM)
  attendance sheet --month YYYY-MM --pdf F [--lang hi|en|both]
                        the month&apos;s attendance sheet, to be signed
  attendance leave --year YYYY --pdf F [--lang hi|en|both]
                        leave and absence in a year per person
  procedures print --pdf F [--lang hi|en|both]
                        the master list of documented procedures (versions in force, then withdrawn)
  type [--scheme phonetic|remington|inscript] [--suggest N] TEXT
                        Hindi from English keys, offline (phonetic by default); with --suggest, up to N
                        spellings the book (with --book) or the built-in list knows, best first
Registers: services, holidays, complaint-categories, visitors, applications, complaints, appeals,
vital-events, family-register, family-events, attendance, procedures,
cash-accounts, cash-heads, cash-entries, stock-items, stock-moves, file-subjects, places, files,
file-movements, readiness-items, meetings, meeting-actions, certification-steps, risks,
quality-policy, quality-objectives, quality-roles, trainings, surveys, audit-findings, notices, people,
emergency-numbers.

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
  restore FILE [--other-office]
                        बही को बैकअप से बदलें (पहले मौजूदा बही का बैकअप लिया जाता है;
                        किसी दूसरे कार्यालय का बैकअप केवल --other-office के साथ)
  verify [--seal N:CODE]
                        बही की अखंडता, ऑडिट श्रृंखला और उसकी मुहरें जाँचें
  demo [--years N] [--seed S] [--population N]
                        --book पर एक नमूना कार्यालय बही लिखें (N लोगों की पंचायत, डिफ़ॉल्ट
                        5000)
  import REGISTER FILE [--dry-run] [--legacy-font krutidev|chanakya]
                        CSV पंक्तियाँ आयात करें, सब या कुछ नहीं (कृतिदेव 010 या वॉकमैन चाणक्य में टाइप किया
                        पाठ यूनिकोड में बदलकर)
  export REGISTER [--from DATE] [--to DATE] [--out FILE]
                        रजिस्टर को CSV में लिखें (--out न हो तो stdout पर)
  report monthly --month YYYY-MM [--lang hi|en|both] [--pdf F] [--json F] [--csv F]
                        सचिव की मासिक रिपोर्ट (फ़ाइल न दी हो तो JSON stdout पर)
  report audit-pack --from DATE --to DATE [--pdf F] [--json F] [--lang hi|en|both]
                        किसी अवधि का आईएसओ 9001 ऑडिट पैक (--json के साथ उसके आँकड़े JSON में)
  cash close-day DATE   रोकड़ बही DATE तक बंद करें (उससे पहले के खुले दिन भी; बिना प्रविष्टि वाले दिन निरंक)
  cash close-month YYYY-MM --cash 500x4,100x2 [--cash-note T]
                   --bank ACCOUNT:statement=A,cheques=A,deposits=A,charges=A,interest=A[,note=T] (हर बैंक)
                        माह बंद करें: नोट और सिक्कों से गिना नकद, हर बैंक का मिलान
  search TEXT [--limit N] [--json]
                        हर रजिस्टर की प्रविष्टियाँ और पत्रावलियाँ कोड, क्रमांक, नाम, शीर्षक, गाँव या मोबाइल से
                        खोजें, हिंदी या अंग्रेज़ी में; सबसे उपयुक्त पहले, रजिस्टर के अनुसार समूह में
  family show VILLAGE/NUMBER [--as-on DATE]
                        परिवार रजिस्टर का एक परिवार किसी तिथि पर (तिथि न हो तो आज), और उसकी घटनाएँ
  family copy VILLAGE/NUMBER --application NUMBER [--receipt R] [--as-on DATE] --pdf F [--lang hi|en|both]
                        आवेदन पर परिवार रजिस्टर की प्रमाणित नकल जारी करें (आवेदन निस्तारित हो जाता है)
  attendance mark DATE CODE=MARK[@HH:MM-HH:MM] …
                        किसी कार्य दिवस पर कर्मचारियों की उपस्थिति दर्ज करें (MARK: P, A, CL, ML, EL, T, TR, BM)
  attendance sheet --month YYYY-MM --pdf F [--lang hi|en|both]
                        माह की उपस्थिति पंजिका, हस्ताक्षर के लिए
  attendance leave --year YYYY --pdf F [--lang hi|en|both]
                        वर्ष में हर व्यक्ति का अवकाश और अनुपस्थिति
  procedures print --pdf F [--lang hi|en|both]
                        प्रलेखित प्रक्रियाओं की मास्टर सूची (लागू संस्करण, फिर वापस लिए गए)
  type [--scheme phonetic|remington|inscript] [--suggest N] TEXT
                        अंग्रेज़ी कुंजियों से हिंदी, बिना इंटरनेट (डिफ़ॉल्ट रूप से ध्वन्यात्मक); --suggest के साथ
                        बही (--book के साथ) या अंतर्निहित सूची में मिलीं N तक वर्तनियाँ, सबसे उपयुक्त पहले
रजिस्टर: services, holidays, complaint-categories, visitors, applications, complaints, appeals,
vital-events, family-register, family-events, attendance, procedures,
cash-accounts, cash-heads, cash-entries, stock-items, stock-moves, file-subjects, places, files,
file-movements, readiness-items, meetings, meeting-actions, certification-steps, risks,
quality-policy, quality-objectives, quality-roles, trainings, surveys, audit-findings, notices, people,
emergency-numbers.

निकास स्थिति: 0 पूरा, 1 इनपुट अस्वीकार, 2 प्रयोग में त्रुटि, 3 अनुमति नहीं, 4 बही जाँच में विफल,
5 भंडारण त्रुटि।</translation>
    </message>
    <message>
        <source>--legacy-font takes krutidev (text typed in the KrutiDev 010 font) or chanakya (in Walkman Chanakya), not &quot;%1&quot;.</source>
        <translation>--legacy-font में krutidev (कृतिदेव 010 फ़ॉन्ट में टाइप किया पाठ) या chanakya (वॉकमैन चाणक्य में) दें, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>import needs a register and a file: import REGISTER FILE [--dry-run] [--legacy-font krutidev|chanakya].</source>
        <translation>import को एक रजिस्टर और एक फ़ाइल चाहिए: import REGISTER FILE [--dry-run] [--legacy-font krutidev|chanakya]।</translation>
    </message>
    <message>
        <source>Converted from the %1 font to Unicode Hindi: %2.</source>
        <translation>%1 फ़ॉन्ट से यूनिकोड हिंदी में बदले गए: %2।</translation>
    </message>
    <message>
        <source>Their text looks typed in %1 rather than %2: if the names read wrongly, import with --legacy-font %3.</source>
        <translation>इनका पाठ %2 के बजाय %1 में टाइप किया लगता है: यदि नाम गलत पढ़े जाएँ तो --legacy-font %3 के साथ आयात करें।</translation>
    </message>
    <message>
        <source>These columns look typed in the %1 font: %2. To convert them to Unicode Hindi, import with --legacy-font %3.</source>
        <translation>ये कॉलम %1 फ़ॉन्ट में टाइप किए लगते हैं: %2। इन्हें यूनिकोड हिंदी में बदलने के लिए --legacy-font %3 के साथ आयात करें।</translation>
    </message>
</context>
<context>
    <name>gd::csv::Reader</name>
    <message>
        <source>%1 is not a CSV text file GramDesk can read. In the spreadsheet choose Save As → &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>%1 ऐसी CSV पाठ फ़ाइल नहीं है जिसे ग्रामडेस्क पढ़ सके। स्प्रेडशीट में Save As → &quot;CSV UTF-8 (comma delimited)&quot; चुनें और वह फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <source>%1:%2: a quoted cell is never closed (a &quot; is missing). Correct the file and import it again.</source>
        <translation>%1:%2: उद्धरण चिह्न वाला खाना कभी बंद नहीं हुआ (एक &quot; नहीं है)। फ़ाइल सुधारें और फिर आयात करें।</translation>
    </message>
    <message>
        <source>%1 is empty. The first row must name the columns.</source>
        <translation>%1 खाली है। पहली पंक्ति में कॉलमों के नाम होने चाहिए।</translation>
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
    <message>
        <source>The backup could not be put in place</source>
        <translation>बैकअप उसकी जगह नहीं रखा जा सका</translation>
    </message>
    <message>
        <source>The backup is now the book</source>
        <translation>बैकअप अब बही है</translation>
    </message>
    <message>
        <source>%1 is now the book. The damaged book is kept, unchanged, in %2. Enter again whatever was written after the backup was made.</source>
        <translation>%1 अब बही है। ख़राब बही बिना बदले %2 में रखी है। बैकअप बनने के बाद जो कुछ लिखा गया था, उसे फिर से दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>gd::ui::ApplicationsPage</name>
    <message>
        <source>&amp;Deliver or reject (F6)</source>
        <translation>सेवा दें या अस्वीकार करें (F6) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print slip (Ctrl+P)</source>
        <translation>पावती छापें (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>%1: %2, filed %3, %4</source>
        <translation>%1: %2, दायर %3, %4</translation>
    </message>
    <message>
        <source>Appeals against %1:</source>
        <translation>%1 के विरुद्ध अपील:</translation>
    </message>
</context>
<context>
    <name>gd::ui::AttendancePage</name>
    <message>
        <source>&amp;Day</source>
        <translation>दिन (&amp;D)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>उपस्थिति</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>आए</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>गए</translation>
    </message>
    <message>
        <source>Print in</source>
        <translation>छपाई की भाषा</translation>
    </message>
    <message>
        <source>Mark &amp;today (F6)</source>
        <translation>आज की उपस्थिति (F6) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Month&apos;s sheet (Ctrl+P)</source>
        <translation>माह की पंजिका (Ctrl+P) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Year&apos;s leave</source>
        <translation>वर्ष का अवकाश (&amp;Y)</translation>
    </message>
    <message>
        <source>There is no staff on the list; add them in Staff and ward members (group: staff).</source>
        <translation>सूची में कोई कर्मचारी नहीं है; कर्मचारी एवं वार्ड सदस्य में जोड़ें (समूह: कर्मचारी)।</translation>
    </message>
    <message>
        <source>You may read the register but not mark it.</source>
        <translation>आप रजिस्टर पढ़ सकते हैं, उपस्थिति दर्ज नहीं कर सकते।</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Press a key on a person: %1. Type the times as HH:MM.</source>
        <translation>किसी व्यक्ति पर एक कुंजी दबाएँ: %1। समय HH:MM में लिखें।</translation>
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
    <message>
        <source>Entry</source>
        <translation>प्रविष्टि</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>दि-मा-वर्ष</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>%1 से आगे</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>पहला दिन अंतिम दिन के बाद है: दोनों को बदलें।</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), %1; the newest first. Printing takes all of them.</source>
        <translation>
            <numerusform>%n प्रविष्टि, %1; सबसे नई पहले। छपाई में ये सभी आती हैं।</numerusform>
            <numerusform>%n प्रविष्टियाँ, %1; सबसे नई पहले। छपाई में ये सभी आती हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), %1; the newest first. Printing takes the newest %2; choose fewer days for the rest.</source>
        <translation>
            <numerusform>%n प्रविष्टि, %1; सबसे नई पहले। छपाई में सबसे नई %2 आती हैं; बाकी के लिए कम दिन चुनें।</numerusform>
            <numerusform>%n प्रविष्टियाँ, %1; सबसे नई पहले। छपाई में सबसे नई %2 आती हैं; बाकी के लिए कम दिन चुनें।</numerusform>
        </translation>
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
    <message>
        <source>Put that office&apos;s book in place of this one?</source>
        <translation>क्या उस कार्यालय की बही को इस बही की जगह रखें?</translation>
    </message>
    <message>
        <source>Check against a printed seal</source>
        <translation>छपी मुहर से जाँचें</translation>
    </message>
    <message>
        <source>The seal as printed at the foot of a monthly report, a cash-book day page, an audit pack or a backup receipt (for example 1234:ABCD-EFGH-JKMN):</source>
        <translation>मुहर, जैसी मासिक रिपोर्ट, रोकड़ बही के दिन पृष्ठ, ऑडिट पैक या बैकअप रसीद के नीचे छपी है (उदाहरण के लिए 1234:ABCD-EFGH-JKMN):</translation>
    </message>
    <message>
        <source>Check against a printed &amp;seal…</source>
        <translation>छपी मुहर से जाँचें… (&amp;S)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>%1 में बैकअप लिया गया।</translation>
    </message>
    <message>
        <source>Seal of this backup: %1. Write it in the backup register beside the date.</source>
        <translation>इस बैकअप की मुहर: %1। इसे बैकअप रजिस्टर में तारीख़ के साथ लिखें।</translation>
    </message>
    <message numerus="yes">
        <source>It passes through every seal known of it (%n checked).</source>
        <translation>
            <numerusform>यह अपनी हर ज्ञात मुहर से होकर गुज़रती है (%n जाँची गई)।</numerusform>
            <numerusform>यह अपनी हर ज्ञात मुहर से होकर गुज़रती है (%n जाँची गईं)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the paper with the seal and a copy of this book for the auditor.</source>
        <translation>मुहर वाला काग़ज़ और इस बही की एक प्रति ऑडिटर के लिए रखें।</translation>
    </message>
    <message>
        <source>The book passes through the seal %1: nothing before it was changed since it was printed.</source>
        <translation>बही मुहर %1 से होकर गुज़रती है: उसके छपने के बाद उससे पहले का कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Seal %1</source>
        <translation>मुहर %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::CashBookPage</name>
    <message>
        <source>Close the &amp;day…</source>
        <translation>दिन बंद करें… (&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;verse (closed day)</source>
        <translation>प्रतिलोम (बंद दिन) (&amp;V)</translation>
    </message>
    <message>
        <source>Balances on %1</source>
        <translation>%1 को शेष</translation>
    </message>
    <message>
        <source>No accounts yet: add the cash in hand and the bank accounts (Cash and bank accounts).</source>
        <translation>अभी कोई खाता नहीं: हाथ में नकद और बैंक खाते जोड़ें (नकद और बैंक खाते)।</translation>
    </message>
    <message>
        <source>Closed up to %1.</source>
        <translation>%1 तक बंद।</translation>
    </message>
    <message>
        <source>No day closed yet.</source>
        <translation>अभी कोई दिन बंद नहीं हुआ।</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>दिन बंद करें</translation>
    </message>
    <message>
        <source>Close the cash book up to %1? Closed days cannot be changed; a mistake found later is corrected by a reversal entry.</source>
        <translation>क्या रोकड़ बही %1 तक बंद करें? बंद दिन बदले नहीं जा सकते; बाद में मिली भूल का सुधार प्रतिलोम प्रविष्टि से होता है।</translation>
    </message>
    <message numerus="yes">
        <source>Closed %n day(s), the last %1. Closing balance ₹ %2 (%3).</source>
        <translation>
            <numerusform>%n दिन बंद हुआ, अंतिम %1। अंतिम शेष ₹ %2 (%3)।</numerusform>
            <numerusform>%n दिन बंद हुए, अंतिम %1। अंतिम शेष ₹ %2 (%3)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Day &amp;page (Ctrl+P)</source>
        <translation>दैनिक पृष्ठ (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>Month&apos;s &amp;abstract by head</source>
        <translation>माह का मदवार सार (&amp;A)</translation>
    </message>
    <message>
        <source>Day page</source>
        <translation>दैनिक पृष्ठ</translation>
    </message>
    <message>
        <source>Month&apos;s abstract</source>
        <translation>माह का सार</translation>
    </message>
    <message>
        <source>Close the &amp;month…</source>
        <translation>माह बंद करें… (&amp;M)</translation>
    </message>
    <message>
        <source>Closed the month %1.</source>
        <translation>माह %1 बंद हुआ।</translation>
    </message>
    <message>
        <source>Two-sided &amp;book…</source>
        <translation>दोनों पक्षों वाली बही… (&amp;B)</translation>
    </message>
</context>
<context>
    <name>gd::ui::CashBookView</name>
    <message>
        <source>Cash book: receipts and payments side by side</source>
        <translation>रोकड़ बही: प्राप्तियाँ और भुगतान आमने-सामने</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छापें… (&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
</context>
<context>
    <name>gd::ui::CloseMonthDialog</name>
    <message>
        <source>Close a month of the cash book</source>
        <translation>रोकड़ बही का माह बंद करें</translation>
    </message>
    <message>
        <source>Cash counted (number of notes and coins)</source>
        <translation>गिना गया नकद (नोटों और सिक्कों की संख्या)</translation>
    </message>
    <message>
        <source>Why the count differs from the book (only if it does)</source>
        <translation>गिनती बही से अलग क्यों है (केवल यदि अलग हो)</translation>
    </message>
    <message>
        <source>&amp;Close the month</source>
        <translation>माह बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>रद्द करें (Esc)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>माह (&amp;M)</translation>
    </message>
    <message>
        <source>%1: reconciliation with the bank statement of %2</source>
        <translation>%1: %2 के बैंक विवरण से मिलान</translation>
    </message>
    <message>
        <source>Balance as per the cash book</source>
        <translation>रोकड़ बही के अनुसार शेष</translation>
    </message>
    <message>
        <source>Balance as per the bank statement</source>
        <translation>बैंक विवरण के अनुसार शेष</translation>
    </message>
    <message>
        <source>Cheques issued, not yet presented</source>
        <translation>जारी चेक, जो अभी प्रस्तुत नहीं हुए</translation>
    </message>
    <message>
        <source>Deposits not yet credited</source>
        <translation>जमा जो अभी खाते में नहीं आए</translation>
    </message>
    <message>
        <source>Bank charges not yet in the book</source>
        <translation>बैंक शुल्क जो अभी बही में नहीं</translation>
    </message>
    <message>
        <source>Interest not yet in the book</source>
        <translation>ब्याज जो अभी बही में नहीं</translation>
    </message>
    <message>
        <source>Why a difference remains (only if it does)</source>
        <translation>अंतर क्यों बचा है (केवल यदि बचा हो)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Counted ₹ %1; the book says ₹ %2; difference ₹ %3.</source>
        <translation>गिना ₹ %1; बही के अनुसार ₹ %2; अंतर ₹ %3।</translation>
    </message>
    <message>
        <source>an amount is not readable</source>
        <translation>कोई राशि पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>An amount of %1 is not readable; write it like 1,23,456.50.</source>
        <translation>%1 की कोई राशि पढ़ी नहीं जा सकी; 1,23,456.50 की तरह लिखें।</translation>
    </message>
</context>
<context>
    <name>gd::ui::ComplaintsPage</name>
    <message>
        <source>&amp;Action or reply (F6)</source>
        <translation>कार्यवाही या उत्तर (F6) (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>फिर खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;scalate</source>
        <translation>अग्रेषित करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print acknowledgement (Ctrl+P)</source>
        <translation>पावती छापें (Ctrl+P) (&amp;P)</translation>
    </message>
</context>
<context>
    <name>gd::ui::FamilyPage</name>
    <message>
        <source>New &amp;family (Ctrl+Shift+N)</source>
        <translation>नया परिवार (Ctrl+Shift+N) (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Member joins (F6)</source>
        <translation>सदस्य जुड़ा (F6) (&amp;M)</translation>
    </message>
    <message>
        <source>Death or &amp;leaving (F7)</source>
        <translation>मृत्यु या हटना (F7) (&amp;L)</translation>
    </message>
    <message>
        <source>Certified &amp;copy (Ctrl+P)</source>
        <translation>प्रमाणित नकल (Ctrl+P) (&amp;C)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Relation, status</source>
        <translation>संबंध, स्थिति</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Member, other family</source>
        <translation>सदस्य, दूसरा परिवार</translation>
    </message>
    <message>
        <source>Events of the family</source>
        <translation>परिवार की घटनाएँ</translation>
    </message>
    <message>
        <source>Copy in</source>
        <translation>नकल की भाषा</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>Choose a member to see the family.</source>
        <translation>परिवार देखने के लिए कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>परिवार %1</translation>
    </message>
    <message numerus="yes">
        <source>House %1 · head %2 · %n living member(s)</source>
        <translation>
            <numerusform>मकान %1 · मुखिया %2 · %n जीवित सदस्य</numerusform>
            <numerusform>मकान %1 · मुखिया %2 · %n जीवित सदस्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a member of the family first.</source>
        <translation>पहले परिवार का कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <source>Family %1 has no living member with serial %2.</source>
        <translation>परिवार %1 में क्रमांक %2 का कोई जीवित सदस्य नहीं है।</translation>
    </message>
    <message>
        <source>Every birth and death of the birth and death register is in the family register.</source>
        <translation>जन्म-मृत्यु रजिस्टर के सभी जन्म और मृत्यु परिवार रजिस्टर में दर्ज हैं।</translation>
    </message>
    <message>
        <source>birth of a child of %1 on %2</source>
        <translation>%2 को %1 के यहाँ जन्म</translation>
    </message>
    <message>
        <source>death of %1 on %2</source>
        <translation>%2 को %1 की मृत्यु</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2); %n more after it.</source>
        <translation>
            <numerusform>%1 (%2); इसके बाद %n और।</numerusform>
            <numerusform>%1 (%2); इसके बाद %n और।</numerusform>
        </translation>
    </message>
    <message>
        <source>Family %1 has no member with serial %2.</source>
        <translation>परिवार %1 में क्रमांक %2 का कोई सदस्य नहीं है।</translation>
    </message>
    <message>
        <source>There is no pending application for a copy of the family register (%1). Take the application first, in the service applications.</source>
        <translation>परिवार रजिस्टर की नकल (%1) का कोई लंबित आवेदन नहीं है। पहले सेवा आवेदन में आवेदन लें।</translation>
    </message>
    <message>
        <source>Marr&amp;iage…</source>
        <translation>विवाह… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>बँटवारा… (&amp;S)</translation>
    </message>
    <message>
        <source>On an &amp;order…</source>
        <translation>आदेश पर… (&amp;O)</translation>
    </message>
    <message>
        <source>Births, deaths (F8)</source>
        <translation>जन्म, मृत्यु (F8)</translation>
    </message>
    <message>
        <source>Marries into another family of the panchayat: both families keep a cross-reference</source>
        <translation>पंचायत के दूसरे परिवार में विवाह: दोनों परिवारों में प्रति-संदर्भ रहता है</translation>
    </message>
    <message>
        <source>Some members form a new family under a new number</source>
        <translation>कुछ सदस्य नए क्रमांक पर नया परिवार बनाते हैं</translation>
    </message>
    <message>
        <source>Corrects the member&apos;s row on an order of the ADO (Panchayat) or another authority</source>
        <translation>सहायक विकास अधिकारी (पंचायत) या अन्य अधिकारी के आदेश पर सदस्य की पंक्ति का संशोधन</translation>
    </message>
    <message>
        <source>Births and deaths of the birth and death register not yet carried into the family register</source>
        <translation>जन्म-मृत्यु रजिस्टर के जन्म और मृत्यु जो अभी परिवार रजिस्टर में दर्ज नहीं हुए</translation>
    </message>
    <message>
        <source>Births, deaths: %1 (F8)</source>
        <translation>जन्म, मृत्यु: %1 (F8)</translation>
    </message>
</context>
<context>
    <name>gd::ui::FieldForm</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>दि-मा-वर्ष</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>घं:मि</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 अंक</translation>
    </message>
    <message>
        <source>empty: the next number</source>
        <translation>खाली: अगला क्रमांक</translation>
    </message>
    <message>
        <source>1 – very poor</source>
        <translation>1 – बहुत खराब</translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation>2 – खराब</translation>
    </message>
    <message>
        <source>3 – fair</source>
        <translation>3 – ठीक</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – अच्छा</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – बहुत अच्छा</translation>
    </message>
    <message>
        <source>choose one from the list (type a part of the name to find it)</source>
        <translation>सूची में से चुनें (ढूँढने के लिए नाम का कोई भाग लिखें)</translation>
    </message>
    <message>
        <source>Enter starts a new line here; Ctrl+Enter saves</source>
        <translation>यहाँ Enter से नई पंक्ति; Ctrl+Enter से सहेजें</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>gd::ui::FieldsDialog</name>
    <message>
        <source>Deliver or reject an application</source>
        <translation>आवेदन पर सेवा दें या अस्वीकार करें</translation>
    </message>
    <message>
        <source>Action on a complaint</source>
        <translation>शिकायत पर कार्यवाही</translation>
    </message>
    <message>
        <source>Reopen a complaint</source>
        <translation>शिकायत फिर खोलें</translation>
    </message>
    <message>
        <source>Escalate a complaint</source>
        <translation>शिकायत अग्रेषित करें</translation>
    </message>
    <message>
        <source>Visitor leaves: exit feedback</source>
        <translation>आगंतुक जा रहे हैं: प्रतिक्रिया</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>नई पंक्ति</translation>
    </message>
    <message>
        <source>Change a row</source>
        <translation>पंक्ति बदलें</translation>
    </message>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>सहेजें (Enter) (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>रद्द करें (Esc)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>नई प्रविष्टि</translation>
    </message>
    <message>
        <source>Correct an entry</source>
        <translation>प्रविष्टि सुधारें</translation>
    </message>
    <message>
        <source>Cancel an entry</source>
        <translation>प्रविष्टि निरस्त करें</translation>
    </message>
    <message>
        <source>CRS registration</source>
        <translation>CRS पंजीकरण</translation>
    </message>
    <message>
        <source>Certificate handover</source>
        <translation>प्रमाण पत्र देना</translation>
    </message>
    <message>
        <source>A copy of the certificate</source>
        <translation>प्रमाण पत्र की प्रति</translation>
    </message>
    <message>
        <source>Reverse a voucher</source>
        <translation>वाउचर उलटें</translation>
    </message>
    <message>
        <source>Issue a file</source>
        <translation>पत्रावली जारी करें</translation>
    </message>
    <message>
        <source>Return a file</source>
        <translation>पत्रावली की वापसी</translation>
    </message>
    <message>
        <source>Move a file</source>
        <translation>पत्रावली का स्थान बदलें</translation>
    </message>
    <message>
        <source>Close a file</source>
        <translation>पत्रावली बंद करें</translation>
    </message>
    <message>
        <source>Destroy a file</source>
        <translation>पत्रावली नष्ट करें</translation>
    </message>
    <message>
        <source>New readiness item</source>
        <translation>तैयारी की नई मद</translation>
    </message>
    <message>
        <source>Change a readiness item</source>
        <translation>तैयारी की मद बदलें</translation>
    </message>
    <message>
        <source>Action item of a meeting</source>
        <translation>बैठक के निर्णय पर कार्यवाही</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>कार्यवाही पूरी</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>सुधारात्मक कार्यवाही</translation>
    </message>
    <message>
        <source>Verification of the action</source>
        <translation>कार्यवाही का सत्यापन</translation>
    </message>
    <message>
        <source>Audit pack: the period</source>
        <translation>ऑडिट पैक: अवधि</translation>
    </message>
    <message>
        <source>Print the citizen charter</source>
        <translation>नागरिक अधिकार पत्र छापें</translation>
    </message>
    <message>
        <source>&amp;Preview (Enter)</source>
        <translation>पूर्वावलोकन (Enter) (&amp;P)</translation>
    </message>
    <message>
        <source>Print the board of representatives and staff</source>
        <translation>प्रतिनिधियों एवं कर्मचारियों का बोर्ड छापें</translation>
    </message>
    <message>
        <source>Print the organisation chart</source>
        <translation>संस्था संरचना छापें</translation>
    </message>
    <message>
        <source>Print the emergency numbers</source>
        <translation>आपातकालीन नंबर छापें</translation>
    </message>
    <message>
        <source>A new family</source>
        <translation>नया परिवार</translation>
    </message>
    <message>
        <source>A member joins the family</source>
        <translation>परिवार में सदस्य जुड़ा</translation>
    </message>
    <message>
        <source>A member dies or leaves</source>
        <translation>सदस्य की मृत्यु या परिवार से हटना</translation>
    </message>
    <message>
        <source>Marries into a family of the panchayat</source>
        <translation>पंचायत के किसी परिवार में विवाह</translation>
    </message>
    <message>
        <source>The family splits</source>
        <translation>परिवार का बँटवारा</translation>
    </message>
    <message>
        <source>A correction on an order</source>
        <translation>आदेश पर संशोधन</translation>
    </message>
    <message>
        <source>Carry into the family register</source>
        <translation>परिवार रजिस्टर में दर्ज करें</translation>
    </message>
    <message>
        <source>Certified copy of the family register</source>
        <translation>परिवार रजिस्टर की प्रमाणित नकल</translation>
    </message>
    <message>
        <source>A new version</source>
        <translation>नया संस्करण</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>लिखा हुआ छोड़ दें?</translation>
    </message>
    <message>
        <source>This form has typed entries that are not saved. Close it and discard them?

Choose No to go back to the form and save.</source>
        <translation>इस फ़ॉर्म में लिखी प्रविष्टियाँ अभी सहेजी नहीं गई हैं। क्या फ़ॉर्म बंद करके इन्हें छोड़ दें?

फ़ॉर्म पर लौटकर सहेजने के लिए &quot;नहीं&quot; चुनें।</translation>
    </message>
</context>
<context>
    <name>gd::ui::FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 फ़ाइल</translation>
    </message>
</context>
<context>
    <name>gd::ui::FilesPage</name>
    <message>
        <source>&amp;Move…</source>
        <translation>स्थान बदलें (&amp;M)…</translation>
    </message>
    <message>
        <source>New &amp;volume</source>
        <translation>नया खंड (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>नष्ट करें (&amp;D)…</translation>
    </message>
    <message>
        <source>La&amp;bels (Ctrl+P)</source>
        <translation>लेबल (&amp;B) (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Shelf list…</source>
        <translation>खाना-वार सूची (&amp;S)…</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>सूचियाँ:</translation>
    </message>
    <message>
        <source>Out of the record room: %1</source>
        <translation>अभिलेख कक्ष से बाहर: %1</translation>
    </message>
    <message>
        <source>Out, overdue: %1</source>
        <translation>बाहर, वापसी में विलंब: %1</translation>
    </message>
    <message>
        <source>Due for review this year: %1</source>
        <translation>इस वर्ष समीक्षा योग्य: %1</translation>
    </message>
    <message>
        <source>Destroyed: %1</source>
        <translation>नष्ट: %1</translation>
    </message>
    <message>
        <source>Select a file to see where it is and who had it.</source>
        <translation>पत्रावली चुनें: वह कहाँ है और किसके पास रही, यह दिखेगा।</translation>
    </message>
    <message>
        <source>%1
Place: %2</source>
        <translation>%1
स्थान: %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>नहीं दिया गया</translation>
    </message>
    <message>
        <source>Out with %1 since %2</source>
        <translation>%2 से %1 के पास</translation>
    </message>
    <message>
        <source>Destroyed on %1 (%2)</source>
        <translation>%1 को नष्ट (%2)</translation>
    </message>
    <message>
        <source>In the record room</source>
        <translation>अभिलेख कक्ष में</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)%4</source>
        <translation>%1 → %2 (%3)%4</translation>
    </message>
    <message>
        <source>, back %1</source>
        <translation>, %1 को वापस</translation>
    </message>
    <message>
        <source>, not back</source>
        <translation>, वापस नहीं आई</translation>
    </message>
    <message>
        <source>%1 is in the record room; there is nothing to return.</source>
        <translation>%1 अभिलेख कक्ष में है; वापसी दर्ज करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>%1 continues in volume %2.</source>
        <translation>%1 अब खंड %2 में आगे चलेगी।</translation>
    </message>
    <message>
        <source>There are no files in the list to print labels for.</source>
        <translation>सूची में लेबल छापने के लिए कोई पत्रावली नहीं है।</translation>
    </message>
    <message>
        <source>%1 has no room and almirah; select a file kept in the almirah whose list you want.</source>
        <translation>%1 का कक्ष और अलमारी नहीं दी गई है; जिस अलमारी की सूची चाहिए उसमें रखी पत्रावली चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n पत्रावली</numerusform>
            <numerusform>%n पत्रावलियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Iss&amp;ue (F6)</source>
        <translation>जारी करें (&amp;U) (F6)</translation>
    </message>
    <message>
        <source>Retu&amp;rn (F7)</source>
        <translation>वापसी (&amp;R) (F7)</translation>
    </message>
    <message>
        <source>Cl&amp;ose file…</source>
        <translation>बंद करें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print this list…</source>
        <translation>यह सूची छापें (&amp;P)…</translation>
    </message>
</context>
<context>
    <name>gd::ui::FindingsPage</name>
    <message>
        <source>Corrective &amp;action (F6)</source>
        <translation>सुधारात्मक कार्यवाही (F6) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Done (F7)</source>
        <translation>पूरी (F7) (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Verify (F8)</source>
        <translation>सत्यापन (F8) (&amp;V)</translation>
    </message>
</context>
<context>
    <name>gd::ui::FrontOfficePages</name>
    <message>
        <source>Work lists</source>
        <translation>कार्य सूचियाँ</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>सभी प्रविष्टियाँ</translation>
    </message>
</context>
<context>
    <name>gd::ui::HindiKeyboard</name>
    <message>
        <source>Phonetic (ramesh → रमेश)</source>
        <translation>ध्वन्यात्मक (ramesh → रमेश)</translation>
    </message>
    <message>
        <source>Remington (KrutiDev keys)</source>
        <translation>रेमिंगटन (कृतिदेव की कुंजियाँ)</translation>
    </message>
    <message>
        <source>InScript</source>
        <translation>इनस्क्रिप्ट</translation>
    </message>
    <message>
        <source>Typing: English (F12: Hindi)</source>
        <translation>टाइपिंग: अंग्रेज़ी (F12: हिंदी)</translation>
    </message>
    <message>
        <source>Typing: Hindi, phonetic (F12: English)</source>
        <translation>टाइपिंग: हिंदी, ध्वन्यात्मक (F12: अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Typing: Hindi, Remington (F12: English)</source>
        <translation>टाइपिंग: हिंदी, रेमिंगटन (F12: अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Typing: Hindi, InScript (F12: English)</source>
        <translation>टाइपिंग: हिंदी, इनस्क्रिप्ट (F12: अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Paste as Unicode Hindi?</source>
        <translation>यूनिकोड हिंदी में चिपकाएँ?</translation>
    </message>
    <message>
        <source>Paste text in an old font?</source>
        <translation>पुराने फ़ॉन्ट का पाठ चिपकाएँ?</translation>
    </message>
    <message>
        <source>The text being pasted looks typed in an old Hindi font that GramDesk cannot convert (it reads KrutiDev 010 and Walkman Chanakya):
%1

It would be saved as these letters, not as Hindi. Convert it to Unicode first (for example with the converter that came with the font), or type it here. Paste it as it is anyway?</source>
        <translation>चिपकाया जा रहा पाठ किसी ऐसे पुराने हिंदी फ़ॉन्ट में टाइप किया लगता है जिसे ग्रामडेस्क नहीं बदल सकता (वह कृतिदेव 010 और वॉकमैन चाणक्य पढ़ता है):
%1

यह हिंदी नहीं, इन्हीं अक्षरों के रूप में सहेजा जाएगा। इसे पहले यूनिकोड में बदलें (जैसे फ़ॉन्ट के साथ आए कन्वर्टर से), या यहाँ टाइप करें। फिर भी जैसा है वैसा चिपकाएँ?</translation>
    </message>
    <message>
        <source>The text being pasted looks typed in the %1 font:
%2

Converted to Unicode Hindi it reads:
%3

Paste it converted? (No pastes it as it is.)</source>
        <translation>चिपकाया जा रहा पाठ %1 फ़ॉन्ट में टाइप किया लगता है:
%2

यूनिकोड हिंदी में बदलने पर यह पढ़ा जाता है:
%3

क्या बदलकर चिपकाएँ? (नहीं: जैसा है वैसा चिपकेगा।)</translation>
    </message>
</context>
<context>
    <name>gd::ui::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 का इतिहास</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n version(s). Nothing is ever erased: each correction, action or cancellation is a new version; changed values are marked.</source>
        <translation>
            <numerusform>%1 का %n रूप है। कुछ भी मिटाया नहीं जाता: हर सुधार, कार्यवाही या निरस्तीकरण एक नया रूप है; बदले हुए मान चिह्नित हैं।</numerusform>
            <numerusform>%1 के %n रूप हैं। कुछ भी मिटाया नहीं जाता: हर सुधार, कार्यवाही या निरस्तीकरण एक नया रूप है; बदले हुए मान चिह्नित हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
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
        <source>entered</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>सुधारा</translation>
    </message>
    <message>
        <source>action</source>
        <translation>कार्यवाही</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>फिर खोली</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>रूप %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>पहले: %1</translation>
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
        <source>Book</source>
        <translation>बही</translation>
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
    <message>
        <source>Today %1 · financial year %2 · %3 (%4)</source>
        <translation>आज %1 · वित्तीय वर्ष %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>visitors inside now</source>
        <translation>अभी कार्यालय में आगंतुक</translation>
    </message>
    <message>
        <source>came today and not yet left</source>
        <translation>आज आए और अभी गए नहीं</translation>
    </message>
    <message>
        <source>applications due today</source>
        <translation>आज देय आवेदन</translation>
    </message>
    <message>
        <source>within the citizen charter&apos;s time if delivered today</source>
        <translation>आज दे दें तो नागरिक अधिकार पत्र के समय में</translation>
    </message>
    <message>
        <source>applications overdue</source>
        <translation>समय से पीछे आवेदन</translation>
    </message>
    <message>
        <source>pending past the charter&apos;s time limit</source>
        <translation>अधिकार पत्र की समय-सीमा के बाद भी लंबित</translation>
    </message>
    <message>
        <source>complaints due today</source>
        <translation>आज देय शिकायतें</translation>
    </message>
    <message>
        <source>to be disposed of today to be in time</source>
        <translation>समय में रहने के लिए आज निस्तारण करें</translation>
    </message>
    <message>
        <source>complaints overdue</source>
        <translation>समय से पीछे शिकायतें</translation>
    </message>
    <message>
        <source>open past their time limit</source>
        <translation>समय-सीमा के बाद भी खुली</translation>
    </message>
    <message>
        <source>cash-book days not closed</source>
        <translation>रोकड़ बही के बंद न हुए दिन</translation>
    </message>
    <message>
        <source>closed up to %1</source>
        <translation>%1 तक बंद</translation>
    </message>
    <message>
        <source>no day closed yet</source>
        <translation>अभी कोई दिन बंद नहीं</translation>
    </message>
    <message>
        <source>files out, overdue</source>
        <translation>बाहर गई पत्रावलियाँ, वापसी में देर</translation>
    </message>
    <message>
        <source>%1 files out of the record room in all</source>
        <translation>कुल %1 पत्रावलियाँ अभिलेख कक्ष से बाहर</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>कोई प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <source>meeting actions overdue</source>
        <translation>बैठकों की कार्यवाहियाँ समय से पीछे</translation>
    </message>
    <message>
        <source>decided in meetings, past their due date</source>
        <translation>बैठकों में तय, नियत तिथि बीत गई</translation>
    </message>
    <message>
        <source>corrective actions open</source>
        <translation>खुली सुधारात्मक कार्यवाहियाँ</translation>
    </message>
    <message>
        <source>audit findings not yet closed</source>
        <translation>ऑडिट निष्कर्ष जो अभी बंद नहीं हुए</translation>
    </message>
    <message>
        <source>every step to certification done</source>
        <translation>प्रमाणन के सभी चरण पूरे</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>last backup</source>
        <translation>अंतिम बैकअप</translation>
    </message>
    <message numerus="yes">
        <source>longest since %1 (%n day(s))</source>
        <translation>
            <numerusform>सबसे पुरानी %1 से (%n दिन)</numerusform>
            <numerusform>सबसे पुरानी %1 से (%n दिन)</numerusform>
        </translation>
    </message>
    <message>
        <source>make one now: File → Back up now</source>
        <translation>अभी बनाएँ: फ़ाइल → अभी बैकअप लें</translation>
    </message>
    <message>
        <source>births and deaths awaiting CRS</source>
        <translation>CRS की प्रतीक्षा में जन्म-मृत्यु</translation>
    </message>
    <message>
        <source>ISO readiness, %1 of %2 done</source>
        <translation>आईएसओ तैयारी, %2 में से %1 पूरी</translation>
    </message>
</context>
<context>
    <name>gd::ui::ImportDialog</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 पढ़ी नहीं जा सकती (%2)।</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>%1 rows read (%2, separated by %3); all are good. Import writes them all.</source>
        <translation>%1 पंक्तियाँ पढ़ी गईं (%2, विभाजक %3); सभी ठीक हैं। आयात सभी को लिखेगा।</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>कुछ भी आयात नहीं हुआ</translation>
    </message>
    <message>
        <source>Imported %1 rows into the %2.</source>
        <translation>%2 में %1 पंक्तियाँ आयात हुईं।</translation>
    </message>
    <message>
        <source>Import into: %1</source>
        <translation>आयात: %1</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet (UTF-8 or UTF-16; comma, semicolon or tab). The first row names the columns: %1 (* required). Dates day first. All rows are imported, or none.</source>
        <translation>स्प्रेडशीट से सहेजी गई CSV फ़ाइल (UTF-8 या UTF-16; अल्पविराम, अर्धविराम या टैब)। पहली पंक्ति में कॉलमों के नाम: %1 (* आवश्यक)। तिथि में दिन पहले। सभी पंक्तियाँ आयात होती हैं, या एक भी नहीं।</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>फ़ाइल चुनें… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>अभी कोई फ़ाइल नहीं चुनी गई।</translation>
    </message>
    <message>
        <source>%1 rows read (%2, separated by %3); %4 problem(s) below. Nothing will be imported until each is corrected, in the file or, in the first rows, here.</source>
        <translation>%1 पंक्तियाँ पढ़ी गईं (%2, विभाजक %3); नीचे %4 समस्या(एँ)। जब तक हर एक सुधारी न जाए, फ़ाइल में या (पहली पंक्तियों में) यहीं, कुछ भी आयात नहीं होगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) corrected here (the file itself is unchanged).</source>
        <translation>
            <numerusform>%n खाना यहाँ सुधारा गया (फ़ाइल स्वयं नहीं बदली)।</numerusform>
            <numerusform>%n खाने यहाँ सुधारे गए (फ़ाइल स्वयं नहीं बदली)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrected here; the file has: %1</source>
        <translation>यहाँ सुधारा गया; फ़ाइल में है: %1</translation>
    </message>
    <message>
        <source>Double-click a cell, or start typing in it, to correct it before importing.</source>
        <translation>आयात से पहले किसी खाने को सुधारने के लिए उस पर डबल-क्लिक करें या उसमें टाइप करना शुरू करें।</translation>
    </message>
    <message>
        <source>Convert the columns %1 to Unicode Hindi (&quot;jes&apos;k dqekj&quot; is रमेश कुमार), typed in the font</source>
        <translation>कॉलम %1 को यूनिकोड हिंदी में बदलें (&quot;jes&apos;k dqekj&quot; = रमेश कुमार); ये इस फ़ॉन्ट में टाइप हैं</translation>
    </message>
    <message>
        <source>KrutiDev 010 and Walkman Chanakya are typed on the same keys and draw a few letters differently (फ, ऋ, द्ध); the names in the preview show whether the font is right.</source>
        <translation>कृतिदेव 010 और वॉकमैन चाणक्य एक ही कुंजियों पर टाइप होते हैं और कुछ अक्षर अलग बनाते हैं (फ, ऋ, द्ध); पूर्वावलोकन के नाम दिखाते हैं कि फ़ॉन्ट सही है या नहीं।</translation>
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
    <message>
        <source>Find a file or an entry: code, number, name, title, village, mobile… (Ctrl+K)</source>
        <translation>पत्रावली या प्रविष्टि खोजें: कोड, क्रमांक, नाम, शीर्षक, गाँव, मोबाइल… (Ctrl+K)</translation>
    </message>
    <message>
        <source>FRONT OFFICE</source>
        <translation>जन सुविधा काउंटर</translation>
    </message>
    <message>
        <source>BIRTHS, DEATHS AND FAMILIES</source>
        <translation>जन्म, मृत्यु एवं परिवार</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>लेखा</translation>
    </message>
    <message>
        <source>RECORD ROOM</source>
        <translation>अभिलेख कक्ष</translation>
    </message>
    <message>
        <source>QUALITY AND ISO</source>
        <translation>गुणवत्ता एवं आईएसओ</translation>
    </message>
    <message>
        <source>MASTERS</source>
        <translation>मूल सूचियाँ</translation>
    </message>
    <message>
        <source>THE OFFICE</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Keyboard card (to print)</source>
        <translation>कुंजी पटल कार्ड (छापने के लिए) (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;First day in the office (to print)</source>
        <translation>कार्यालय में पहला दिन (छापने के लिए) (&amp;F)</translation>
    </message>
    <message>
        <source>Hindi typing cannot start</source>
        <translation>हिंदी टाइपिंग शुरू नहीं हो सकी</translation>
    </message>
</context>
<context>
    <name>gd::ui::MasterPage</name>
    <message>
        <source>Export as CSV</source>
        <translation>CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 में निर्यात हुआ।</translation>
    </message>
    <message>
        <source>&amp;New (Ctrl+N)</source>
        <translation>नया (Ctrl+N) (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change (F2)</source>
        <translation>बदलें (F2) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV आयात करें… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें… (&amp;E)</translation>
    </message>
    <message>
        <source>%1 is already in the list; change that row instead.</source>
        <translation>%1 सूची में पहले से है; उसी पंक्ति को बदलें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>क्या %1 को सूची से हटाएँ?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 हटाया गया।</translation>
    </message>
    <message>
        <source>&amp;Print charter… (Ctrl+P)</source>
        <translation>अधिकार पत्र छापें… (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print board… (Ctrl+P)</source>
        <translation>बोर्ड छापें… (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Print sheet… (Ctrl+P)</source>
        <translation>सूची छापें… (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation chart… (Ctrl+Shift+P)</source>
        <translation>संस्था संरचना… (Ctrl+Shift+P) (&amp;O)</translation>
    </message>
</context>
<context>
    <name>gd::ui::MeetingActionsPage</name>
    <message>
        <source>&amp;Done (F7)</source>
        <translation>पूरी (F7) (&amp;D)</translation>
    </message>
</context>
<context>
    <name>gd::ui::MeetingsPage</name>
    <message>
        <source>New &amp;action item (F6)</source>
        <translation>नई कार्यवाही (F6) (&amp;A)</translation>
    </message>
    <message>
        <source>Choose the meeting and type the members: the quorum shows here.</source>
        <translation>बैठक चुनें और सदस्य संख्या लिखें: गणपूर्ति यहाँ दिखेगी।</translation>
    </message>
    <message>
        <source>This meeting has no quorum.</source>
        <translation>इस बैठक के लिए गणपूर्ति आवश्यक नहीं है।</translation>
    </message>
    <message>
        <source>Quorum %1 of %2: met with %3 present.</source>
        <translation>%2 में से गणपूर्ति %1: %3 उपस्थित, गणपूर्ति पूरी।</translation>
    </message>
    <message>
        <source>Quorum %1 of %2: not met, %3 present.</source>
        <translation>%2 में से गणपूर्ति %1: केवल %3 उपस्थित, गणपूर्ति पूरी नहीं।</translation>
    </message>
</context>
<context>
    <name>gd::ui::MovementsPage</name>
    <message>
        <source>Retu&amp;rn (F7)</source>
        <translation>वापसी (&amp;R) (F7)</translation>
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
    <name>gd::ui::NoticesPage</name>
    <message>
        <source>&amp;Print notice (Ctrl+P)</source>
        <translation>सूचना छापें (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>A meeting notice: fill in the meeting&apos;s day, time and venue and the agenda, one item per line.</source>
        <translation>बैठक की सूचना: बैठक की तिथि, समय, स्थान और कार्यसूची (हर पंक्ति में एक विषय) भरें।</translation>
    </message>
    <message>
        <source>A tender notice: fill in the work, its estimated cost, the earnest money and the last day for tenders and the day they are opened.</source>
        <translation>निविदा सूचना: कार्य, अनुमानित लागत, अग्रिम धन, निविदा प्राप्ति की अंतिम तिथि और खोलने की तिथि भरें।</translation>
    </message>
    <message>
        <source>A public notice: write its text.</source>
        <translation>सार्वजनिक सूचना: उसका पाठ लिखें।</translation>
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
        <source>Devanagari digits in printouts</source>
        <translation>छपाई में देवनागरी अंक</translation>
    </message>
    <message>
        <source>Weekly off days</source>
        <translation>साप्ताहिक अवकाश के दिन</translation>
    </message>
    <message>
        <source>Birth/death registration fees (₹)</source>
        <translation>जन्म/मृत्यु पंजीकरण शुल्क (₹)</translation>
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
    <message>
        <source>Mon</source>
        <translation>सोम</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>मंगल</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>बुध</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>गुरु</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>शुक्र</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>शनि</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>रवि</translation>
    </message>
    <message>
        <source>on time (up to 21 days)</source>
        <translation>समय पर (21 दिन तक)</translation>
    </message>
    <message>
        <source>late (22–30 days)</source>
        <translation>विलंब से (22–30 दिन)</translation>
    </message>
    <message>
        <source>with permission (31–365 days)</source>
        <translation>अनुमति से (31–365 दिन)</translation>
    </message>
    <message>
        <source>with an order (after a year)</source>
        <translation>आदेश से (1 वर्ष के बाद)</translation>
    </message>
    <message>
        <source>Fee %1: %2</source>
        <translation>शुल्क %1: %2</translation>
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
    <name>gd::ui::PrintLanguageCombo</name>
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
    <message>
        <source>Print to file</source>
        <translation>फ़ाइल में छापें</translation>
    </message>
</context>
<context>
    <name>gd::ui::ProceduresPage</name>
    <message>
        <source>New &amp;version (F6)</source>
        <translation>नया संस्करण (F6) (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep a file (F7)</source>
        <translation>फ़ाइल रखें (F7) (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Open the file (F8)</source>
        <translation>फ़ाइल खोलें (F8) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print the master list (Ctrl+P)</source>
        <translation>मास्टर सूची छापें (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>The approved procedure or form</source>
        <translation>अनुमोदित प्रक्रिया या प्रपत्र</translation>
    </message>
    <message>
        <source>PDF and scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>पीडीएफ़ और स्कैन (*.pdf *.jpg *.jpeg *.png);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 is kept with %2 version %3.</source>
        <translation>%1 को %2 के संस्करण %3 के साथ रखा गया।</translation>
    </message>
    <message>
        <source>No file is kept with %1 version %2 yet; keep one with F7.</source>
        <translation>%1 के संस्करण %2 के साथ अभी कोई फ़ाइल नहीं है; F7 से रखें।</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 खोली गई।</translation>
    </message>
</context>
<context>
    <name>gd::ui::QualityPage</name>
    <message>
        <source>The quality system of Annexure-1: Ctrl+Tab moves between its parts.</source>
        <translation>अनुलग्नक-1 की गुणवत्ता प्रणाली: Ctrl+Tab से इसके भागों में जाएँ।</translation>
    </message>
    <message>
        <source>Audit &amp;pack… (Ctrl+P)</source>
        <translation>ऑडिट पैक… (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>The period ends before it begins; check the dates.</source>
        <translation>अवधि शुरू होने से पहले समाप्त हो रही है; तिथियाँ जाँचें।</translation>
    </message>
    <message>
        <source>Quality system</source>
        <translation>गुणवत्ता प्रणाली</translation>
    </message>
</context>
<context>
    <name>gd::ui::ReadinessPage</name>
    <message>
        <source>Only the &amp;gaps</source>
        <translation>केवल कमियाँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Change (F2)</source>
        <translation>बदलें (F2) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New item (Ctrl+N)</source>
        <translation>नई मद (Ctrl+N) (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Attach evidence… (Ctrl+E)</source>
        <translation>प्रमाण जोड़ें… (Ctrl+E) (&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>प्रमाण… (&amp;V)</translation>
    </message>
    <message>
        <source>Gap &amp;report (Ctrl+P)</source>
        <translation>कमियों की रिपोर्ट (Ctrl+P) (&amp;R)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>व्यवस्था</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>लक्ष्य तिथि</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>प्रमाण</translation>
    </message>
    <message>
        <source>What the books show</source>
        <translation>बहियाँ क्या दिखाती हैं</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>ध्यान दें</translation>
    </message>
    <message numerus="yes">
        <source>Readiness %1% · %2 of %3 applicable arrangements done · %n gap(s)</source>
        <translation>
            <numerusform>तैयारी %1% · लागू %3 में से %2 व्यवस्थाएँ पूरी · %n कमी</numerusform>
            <numerusform>तैयारी %1% · लागू %3 में से %2 व्यवस्थाएँ पूरी · %n कमियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an arrangement first.</source>
        <translation>पहले कोई व्यवस्था चुनें।</translation>
    </message>
    <message>
        <source>Only the secretary or the administrator changes the readiness tracker.</source>
        <translation>तैयारी सूची केवल सचिव या प्रशासक बदलते हैं।</translation>
    </message>
    <message>
        <source>%1 is already in the list; change that item instead.</source>
        <translation>%1 सूची में पहले से है; उसी मद को बदलें।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Only the secretary or the administrator attaches evidence.</source>
        <translation>प्रमाण केवल सचिव या प्रशासक जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 के प्रमाण</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>फ़ोटो और दस्तावेज़ (*.jpg *.jpeg *.png *.pdf);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 is attached to item %2.</source>
        <translation>%1 मद %2 के साथ जोड़ दी गई।</translation>
    </message>
    <message>
        <source>%1 · %2 KB · added by %3 on %4</source>
        <translation>%1 · %2 KB · %3 द्वारा %4 को जोड़ी गई</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>अभी कोई प्रमाण नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <source>Every step to certification is done.</source>
        <translation>प्रमाणन के सभी चरण पूरे हो गए हैं।</translation>
    </message>
</context>
<context>
    <name>gd::ui::RecoveryDialog</name>
    <message>
        <source>The book is damaged</source>
        <translation>बही ख़राब हो गई है</translation>
    </message>
    <message>
        <source>&lt;b&gt;The book %1 is damaged&lt;/b&gt; (%2).&lt;br&gt;Do not enter anything more into it. GramDesk can put a backup in its place; the damaged book is kept as it is, in the backup folder, for anyone who needs to look at it.</source>
        <translation>&lt;b&gt;बही %1 ख़राब हो गई है&lt;/b&gt; (%2)।&lt;br&gt;इसमें अब कुछ दर्ज न करें। ग्रामडेस्क इसकी जगह एक बैकअप रख सकता है; ख़राब बही जैसी है वैसी ही बैकअप फ़ोल्डर में रखी जाएगी, ताकि जिसे देखनी हो वह देख सके।</translation>
    </message>
    <message>
        <source>Looking for the newest backup that passes its check…</source>
        <translation>जाँच में सही निकलने वाला सबसे नया बैकअप खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>यह बैकअप वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hoose another backup…</source>
        <translation>दूसरा बैकअप चुनें… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Close GramDesk</source>
        <translation>ग्रामडेस्क बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>No backup in %1 passes its check. Choose a backup from elsewhere (a USB stick), or close GramDesk and ask for help; the book has not been changed.</source>
        <translation>%1 में कोई बैकअप जाँच में सही नहीं निकला। कहीं और से (यूएसबी स्टिक से) बैकअप चुनें, या ग्रामडेस्क बंद करके सहायता लें; बही बदली नहीं गई है।</translation>
    </message>
    <message>
        <source>The newest good backup was written on %1:&lt;br&gt;%2&lt;br&gt;Whatever was entered after that must be entered again.</source>
        <translation>सबसे नया सही बैकअप %1 को लिखा गया था:&lt;br&gt;%2&lt;br&gt;उसके बाद जो कुछ दर्ज हुआ, उसे फिर से दर्ज करना होगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n newer backup(s) failed the check and were passed over.</source>
        <translation>
            <numerusform>%n नया बैकअप जाँच में विफल रहा और छोड़ दिया गया।</numerusform>
            <numerusform>%n नए बैकअप जाँच में विफल रहे और छोड़ दिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>वापस लाने के लिए बैकअप चुनें</translation>
    </message>
    <message>
        <source>GramDesk books (*.gramdesk)</source>
        <translation>ग्रामडेस्क बहियाँ (*.gramdesk)</translation>
    </message>
</context>
<context>
    <name>gd::ui::RegisterModel</name>
    <message>
        <source>Cancelled by %1: %2</source>
        <translation>%1 द्वारा निरस्त: %2</translation>
    </message>
    <message>
        <source>Overdue: the due date %1 has passed</source>
        <translation>समय सीमा पार: नियत तिथि %1 बीत चुकी है</translation>
    </message>
</context>
<context>
    <name>gd::ui::RegisterPage</name>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>दि-मा-वर्ष</translation>
    </message>
    <message>
        <source>Search number, name, village, mobile… (Ctrl+F)</source>
        <translation>क्रमांक, नाम, गाँव, मोबाइल… खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>सभी प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>&amp;New entry (Ctrl+N)</source>
        <translation>नई प्रविष्टि (Ctrl+N) (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Correct (F2)</source>
        <translation>सुधारें (F2) (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History (Ctrl+H)</source>
        <translation>इतिहास (Ctrl+H) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV आयात करें… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें… (&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n प्रविष्टि</numerusform>
            <numerusform>%n प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>नई प्रविष्टि: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>पहले कोई प्रविष्टि चुनें।</translation>
    </message>
    <message>
        <source>%1 is cancelled; a cancelled entry is not changed any more.</source>
        <translation>%1 निरस्त है; निरस्त प्रविष्टि में अब बदलाव नहीं होता।</translation>
    </message>
    <message>
        <source>Correct %1 (the old version stays visible)</source>
        <translation>%1 सुधारें (पुराना रूप दिखता रहेगा)</translation>
    </message>
    <message>
        <source>Corrected %1.</source>
        <translation>%1 सुधारा गया।</translation>
    </message>
    <message>
        <source>Cancel %1 (it stays in the register, struck through)</source>
        <translation>%1 निरस्त करें (यह रजिस्टर में कटी हुई दिखती रहेगी)</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 निरस्त की गई।</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 में निर्यात हुआ।</translation>
    </message>
    <message>
        <source>Cancel entr&amp;y</source>
        <translation>प्रविष्टि निरस्त करें (&amp;Y)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gd::ui::ReportPage</name>
    <message>
        <source>Visitors recorded</source>
        <translation>दर्ज आगंतुक</translation>
    </message>
    <message>
        <source>Visitors who gave both ratings</source>
        <translation>दोनों रेटिंग देने वाले आगंतुक</translation>
    </message>
    <message>
        <source>Average rating of time taken (1–5)</source>
        <translation>लगे समय की औसत रेटिंग (1–5)</translation>
    </message>
    <message>
        <source>Average rating of staff behaviour (1–5)</source>
        <translation>कर्मचारियों के व्यवहार की औसत रेटिंग (1–5)</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>प्राप्त आवेदन</translation>
    </message>
    <message>
        <source>Applications delivered</source>
        <translation>सेवा दिए गए आवेदन</translation>
    </message>
    <message>
        <source>… of which within the charter&apos;s time</source>
        <translation>… जिनमें अधिकार पत्र की समय सीमा में</translation>
    </message>
    <message>
        <source>Applications rejected</source>
        <translation>अस्वीकृत आवेदन</translation>
    </message>
    <message>
        <source>Applications pending at month end</source>
        <translation>माह के अंत में लंबित आवेदन</translation>
    </message>
    <message>
        <source>Applications overdue at month end</source>
        <translation>माह के अंत में समय सीमा पार आवेदन</translation>
    </message>
    <message>
        <source>Applications delivered in time (%)</source>
        <translation>समय पर सेवा दिए गए आवेदन (%)</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>प्राप्त शिकायतें</translation>
    </message>
    <message>
        <source>Complaints disposed</source>
        <translation>निस्तारित शिकायतें</translation>
    </message>
    <message>
        <source>… of which within the time limit</source>
        <translation>… जिनमें समय सीमा में</translation>
    </message>
    <message>
        <source>Complaints pending at month end</source>
        <translation>माह के अंत में लंबित शिकायतें</translation>
    </message>
    <message>
        <source>Complaints overdue at month end</source>
        <translation>माह के अंत में समय सीमा पार शिकायतें</translation>
    </message>
    <message>
        <source>Complaints disposed in time (%)</source>
        <translation>समय पर निस्तारित शिकायतें (%)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छापें… (&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF के रूप में सहेजें… (&amp;D)</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>JSON के रूप में सहेजें… (&amp;J)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV के रूप में सहेजें… (&amp;C)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>सूचक</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>मासिक रिपोर्ट</translation>
    </message>
    <message>
        <source>Births reported</source>
        <translation>सूचित जन्म</translation>
    </message>
    <message>
        <source>Deaths reported</source>
        <translation>सूचित मृत्यु</translation>
    </message>
    <message>
        <source>Still births reported</source>
        <translation>सूचित मृत जन्म</translation>
    </message>
    <message>
        <source>… reported within 21 days</source>
        <translation>… 21 दिन के भीतर सूचित</translation>
    </message>
    <message>
        <source>… late (22–30 days)</source>
        <translation>… विलंब से (22–30 दिन)</translation>
    </message>
    <message>
        <source>… with permission (31 days–1 year)</source>
        <translation>… अनुमति से (31 दिन–1 वर्ष)</translation>
    </message>
    <message>
        <source>… with an order (over 1 year)</source>
        <translation>… आदेश से (1 वर्ष से अधिक)</translation>
    </message>
    <message>
        <source>Birth and death certificates handed over</source>
        <translation>दिए गए जन्म-मृत्यु प्रमाण पत्र</translation>
    </message>
    <message>
        <source>Awaiting CRS registration at month end</source>
        <translation>माह के अंत में CRS पंजीकरण की प्रतीक्षा</translation>
    </message>
</context>
<context>
    <name>gd::ui::SearchResults</name>
    <message>
        <source>Number or code</source>
        <translation>क्रमांक या कोड</translation>
    </message>
    <message>
        <source>Name or title</source>
        <translation>नाम या शीर्षक</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. Try part of a name, a village, a mobile number or a code.</source>
        <translation>&quot;%1&quot; के लिए कुछ नहीं मिला। नाम का कुछ भाग, गाँव, मोबाइल नंबर या कोड लिखकर देखें।</translation>
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
    <message>
        <source>3 to 32 letters or digits, no spaces (a dot, dash or underscore is allowed); for example admin or suresh.verma.</source>
        <translation>3 से 32 अक्षर या अंक, बिना खाली जगह (बिंदु, डैश या अंडरस्कोर चल सकता है); जैसे admin या suresh.verma।</translation>
    </message>
    <message>
        <source>At least %1 characters. Keep it written down in the office&apos;s safe: a forgotten password can be reset only by another administrator.</source>
        <translation>कम से कम %1 अक्षर। इसे लिखकर कार्यालय की तिजोरी में रखें: भूला हुआ पासवर्ड केवल कोई दूसरा प्रशासक ही बदल सकता है।</translation>
    </message>
</context>
<context>
    <name>gd::ui::SlipOptions</name>
    <message>
        <source>A5 (half of A4)</source>
        <translation>A5 (A4 का आधा)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Print the slip after saving</source>
        <translation>सहेजने के बाद पावती छापें</translation>
    </message>
    <message>
        <source>Show the notice for printing after saving</source>
        <translation>सहेजने के बाद सूचना छपाई के लिए दिखाएँ</translation>
    </message>
</context>
<context>
    <name>gd::ui::StockPage</name>
    <message>
        <source>%1: %2 %3 left (level %4)</source>
        <translation>%1: %2 %3 शेष (स्तर %4)</translation>
    </message>
    <message>
        <source>Low stock: %1 item(s) below their level</source>
        <translation>कम भंडार: %1 वस्तुएँ अपने स्तर से नीचे</translation>
    </message>
    <message>
        <source>Item le&amp;dger (Ctrl+P)</source>
        <translation>वस्तु का खाता (Ctrl+P) (&amp;D)</translation>
    </message>
    <message>
        <source>The physical verification of %1 is recorded.</source>
        <translation>%1 का भौतिक सत्यापन दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Physical &amp;verification…</source>
        <translation>भौतिक सत्यापन… (&amp;V)</translation>
    </message>
    <message>
        <source>Print the &amp;register…</source>
        <translation>रजिस्टर छापें… (&amp;R)</translation>
    </message>
</context>
<context>
    <name>gd::ui::StockVerificationDialog</name>
    <message>
        <source>Physical verification of stock on %1</source>
        <translation>%1 को भंडार का भौतिक सत्यापन</translation>
    </message>
    <message>
        <source>Verified by (not the custodian)</source>
        <translation>सत्यापनकर्ता (प्रभारी नहीं)</translation>
    </message>
    <message>
        <source>Custodian of the stock</source>
        <translation>भंडार प्रभारी</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>वस्तु</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>As per the book</source>
        <translation>रजिस्टर के अनुसार</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>स्पष्टीकरण</translation>
    </message>
    <message>
        <source>Print the &amp;sheet to count from</source>
        <translation>गिनती के लिए सूची छापें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record the verification</source>
        <translation>सत्यापन दर्ज करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>रद्द करें (Esc)</translation>
    </message>
    <message>
        <source>Count %1 too: a verification covers every item in use.</source>
        <translation>%1 को भी गिनें: सत्यापन में उपयोग की हर वस्तु शामिल होती है।</translation>
    </message>
</context>
<context>
    <name>gd::ui::TypingButton</name>
    <message>
        <source>Hindi typing from an English keyboard in every text field. F12 turns it on and off; click to choose how the keys are read.</source>
        <translation>हर पाठ वाले खाने में अंग्रेज़ी कीबोर्ड से हिंदी टाइपिंग। F12 से चालू और बंद करें; कुंजियाँ किस तरह पढ़ी जाएँ, यह चुनने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>English (F12)</source>
        <translation>अंग्रेज़ी (F12)</translation>
    </message>
    <message>
        <source>Hindi: %1</source>
        <translation>हिंदी: %1</translation>
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
<context>
    <name>gd::ui::VisitorsPage</name>
    <message>
        <source>&amp;Application or complaint of this visit (F7)</source>
        <translation>इस भेंट का आवेदन या शिकायत (F7) (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside now: %1</source>
        <translation>अभी अंदर: %1</translation>
    </message>
    <message>
        <source>Select the visitor who is leaving (in the register or in &quot;Inside now&quot;).</source>
        <translation>जाने वाले आगंतुक को चुनें (रजिस्टर में या &quot;अभी अंदर&quot; में)।</translation>
    </message>
    <message>
        <source>%1 has already left.</source>
        <translation>%1 जा चुके हैं।</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>पहले कोई प्रविष्टि चुनें।</translation>
    </message>
    <message>
        <source>This visit already produced %1.</source>
        <translation>इस भेंट से पहले ही %1 बन चुका है।</translation>
    </message>
    <message>
        <source>The visit was not linked</source>
        <translation>भेंट से जोड़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1 recorded for the visit %2.</source>
        <translation>भेंट %2 के लिए %1 दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Visitor lea&amp;ves (F6)</source>
        <translation>आगंतुक जा रहे हैं (F6) (&amp;V)</translation>
    </message>
    <message>
        <source>%1 (%2, came at %3)</source>
        <translation>%1 (%2, आए %3 बजे)</translation>
    </message>
</context>
<context>
    <name>gd::ui::VitalEventsPage</name>
    <message>
        <source>C&amp;opy given</source>
        <translation>प्रति दी (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>पावती छापें (Ctrl+P) (&amp;P)</translation>
    </message>
    <message>
        <source>Register e&amp;xtract…</source>
        <translation>रजिस्टर का उद्धरण… (&amp;X)</translation>
    </message>
    <message>
        <source>Type the date of the event and the date the information came: the delay and the fee show here.</source>
        <translation>घटना की तिथि और सूचना की तिथि लिखें: विलंब और शुल्क यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>The information cannot come before the event.</source>
        <translation>सूचना घटना से पहले नहीं हो सकती।</translation>
    </message>
    <message numerus="yes">
        <source>Reported after %n day(s): %1; fee ₹ %2.</source>
        <translation>
            <numerusform>%n दिन बाद सूचना: %1; शुल्क ₹ %2।</numerusform>
            <numerusform>%n दिन बाद सूचना: %1; शुल्क ₹ %2।</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;RS registration (F6)</source>
        <translation>CRS पंजीकरण (F6) (&amp;R)</translation>
    </message>
    <message>
        <source>Certificate han&amp;dover (F7)</source>
        <translation>प्रमाण पत्र देना (F7) (&amp;D)</translation>
    </message>
</context>
</TS>
