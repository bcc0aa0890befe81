# Visitors typed in the KrutiDev 010 font, as a UP office's old Excel register holds them (names, villages, whom
# they met and the suggestion in KrutiDev; dates, times, mobiles and codes as they are). Unicode by hand:
# रमेश कुमार / रामलाल / रामपुर; सीता देवी / मोहन लाल वर्मा / कटरा; किशोर पाल / राम प्रसाद / भीखीपुर;
# शकुन्तला विश्वकर्मा / रामकिशोर / मझगवाँ; अब्दुल करीम / रहीम खान / रामपुर; सचिव, ग्राम प्रधान;
# नाली की सफाई जल्दी हो.
rows = [
 ("2026-11-16","10:15:00","11:05:00","jes'k dqekj","jkeyky","jkeiqj","9876543210","service","lfpo","done",4,5,""),
 ("2026-11-16","14:40:00","","lhrk nsoh","eksgu yky oekZ","dVjk","","enquiry","","","", "",""),
 ("2026-11-17","09:05:00","09:30:00","fd'kksj iky","jke izlkn","Hkh[khiqj","","complaint","xzke iz/kku","pending",3,4,"ukyh dh lQkbZ tYnh gks"),
 ("2026-11-18","12:00:00","12:45:00","'kdqUryk fo'odekZ","jkefd'kksj","e>xok¡","+91 94150 12345","service","lfpo","done",5,5,""),
 ("2026-11-20","16:30:00","17:10:00","vCnqy djhe","jghe [kku","jkeiqj","","meeting","","done",4,4,""),
]
from make_visitors_calc import write

write(rows, 'visitors-krutidev.fods')
