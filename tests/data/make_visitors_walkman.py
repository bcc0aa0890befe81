# Visitors typed in the Walkman Chanakya font, as an office's old Excel register may hold them (names, villages,
# whom they met and the suggestion in Walkman Chanakya; dates, times, mobiles and codes as they are). Each text was
# drawn in the WalkmanChanakya901 font and read; Unicode by hand:
# फूलचन्द यादव / ऋषि कुमार / फतेहपुर; सिद्धार्थ मिश्र / प्रकाश दत्त मिश्र / सुल्तानपुर; फूलमती देवी / रामकुमार /
# मैनपुरी; कीर्ति सिंह / अर्जुन सिंह / सिद्धनाथपुर; सचिव, ग्राम प्रधान; “फाइल” समय से मिली, नाली की सफाई जरूरी.
rows = [
 ("2026-11-16","10:15:00","11:05:00","iQwypUn ;kno","½f\"k dqekj","iQrsgiqj","9876543210","service","lfpo","done",4,5,"¶iQkby¸ le; ls feyh"),
 ("2026-11-16","14:40:00","","fl¼kFkZ feJ","çdk'k nÙk feJ","lqYrkuiqj","","enquiry","","","", "",""),
 ("2026-11-17","09:05:00","09:30:00","iQwyerh nsoh","jkedqekj","eSuiqjh","","complaint","xzke ç/ku","pending",3,4,"ukyh dh liQkbZ t:jh"),
 ("2026-11-18","12:00:00","12:45:00","dh£r ¯lg","vtqZu ¯lg","fl¼ukFkiqj","+91 94150 12345","service","lfpo","done",5,5,""),
]
from make_visitors_calc import write

write(rows, 'visitors-walkman.fods')
