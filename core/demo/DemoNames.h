#pragma once
// The people of the demo office's villages and its staff, and a pick among them. Used by the demo only.

#include <QRandomGenerator>
#include <QString>

#include <cstddef>

namespace gd::demo {

inline constexpr const char16_t *kMen[] = {u"रमेश", u"सुरेश", u"राम प्रसाद", u"श्याम लाल", u"मोहन", u"राजेंद्र", u"विनोद",
                                          u"अशोक", u"संजय", u"मुकेश", u"राकेश", u"दिनेश", u"अनिल", u"राजू", u"कमलेश",
                                          u"हरिश्चंद्र", u"जगदीश", u"रामेश्वर", u"शिवकुमार", u"अब्दुल"};
inline constexpr const char16_t *kWomen[] = {u"सीता", u"गीता", u"कमला", u"सुनीता", u"अनीता", u"राधा", u"सावित्री",
                                            u"पूनम", u"रीता", u"उर्मिला", u"शांति", u"लक्ष्मी", u"मीरा", u"आशा", u"रुबीना"};
inline constexpr const char16_t *kSurnames[] = {u"यादव", u"वर्मा", u"गुप्ता", u"सिंह", u"पाल", u"मौर्य", u"कुमार",
                                               u"प्रजापति", u"निषाद", u"तिवारी", u"पांडेय", u"अंसारी", u"राजभर", u"चौहान"};
inline constexpr const char16_t *kLatin[] = {u"Ramesh Kumar", u"Sita Devi", u"Mohan Lal", u"Sunita Yadav", u"Anil Verma",
                                            u"Pooja Gupta", u"Vinod Singh", u"Rubina Khatoon"};
inline constexpr const char16_t *kStaff[] = {u"सचिव", u"प्रधान", u"लेखपाल", u"पंचायत सहायक", u"सफाई कर्मी"};

template <typename T, std::size_t N>
QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromUtf16(list[random.bounded(int(N))]);
}

}  // namespace gd::demo
