"""A small gazetteer: places that open datelines and close official notices.

A lead may open with a place (``Singapore - ...``, ``Hà Tĩnh - ...``) or
with an outlet (``Kinhtedothi - ...``); a notice may close with
``Hà Nội, ngày 28 tháng 02 năm 2025``. By shape the two are alike, so a
place must be known to be told apart. The list holds Vietnam's provinces and
big cities and the world's countries and capitals most often in the news;
an unknown single word is not assumed to be a place, so the callers add
other evidence before reading it as an outlet.
"""

from __future__ import annotations

import unicodedata

_VIETNAM = """
Hà Nội, Hồ Chí Minh, TP Hồ Chí Minh, TP.HCM, TPHCM, TP HCM, Thành phố Hồ Chí Minh, Sài Gòn,
Hải Phòng, Đà Nẵng, Cần Thơ, Huế, Thừa Thiên Huế, An Giang, Bà Rịa - Vũng Tàu, Vũng Tàu,
Bắc Giang, Bắc Kạn, Bạc Liêu, Bắc Ninh, Bến Tre, Bình Định, Bình Dương, Bình Phước,
Bình Thuận, Cà Mau, Cao Bằng, Đắk Lắk, Đắk Nông, Điện Biên, Đồng Nai, Đồng Tháp, Gia Lai,
Hà Giang, Hà Nam, Hà Tĩnh, Hải Dương, Hậu Giang, Hòa Bình, Hưng Yên, Khánh Hòa, Kiên Giang,
Kon Tum, Lai Châu, Lâm Đồng, Lạng Sơn, Lào Cai, Long An, Nam Định, Nghệ An, Ninh Bình,
Ninh Thuận, Phú Thọ, Phú Yên, Quảng Bình, Quảng Nam, Quảng Ngãi, Quảng Ninh, Quảng Trị,
Sóc Trăng, Sơn La, Tây Ninh, Thái Bình, Thái Nguyên, Thanh Hóa, Tiền Giang, Trà Vinh,
Tuyên Quang, Vĩnh Long, Vĩnh Phúc, Yên Bái, Nha Trang, Đà Lạt, Vinh, Hạ Long, Móng Cái,
Quy Nhơn, Buôn Ma Thuột, Pleiku, Phan Thiết, Cam Ranh, Trường Sa, Hoàng Sa, Phú Quốc,
Côn Đảo, Biên Hòa, Thủ Đức, Việt Nam
"""

_WORLD = """
Singapore, Malaysia, Kuala Lumpur, Indonesia, Jakarta, Thái Lan, Thailand, Bangkok, Lào, Laos,
Vientiane, Viêng Chăn, Campuchia, Cambodia, Phnom Penh, Myanmar, Naypyidaw, Yangon, Philippines,
Manila, Brunei, Bandar Seri Begawan, Đông Timor, Dili, Trung Quốc, China, Bắc Kinh, Beijing,
Thượng Hải, Shanghai, Hồng Kông, Hong Kong, Đài Loan, Nhật Bản, Japan, Tokyo, Osaka,
Hàn Quốc, Korea, Seoul, Busan, Triều Tiên, Bình Nhưỡng, Pyongyang, Ấn Độ, India, New Delhi,
Delhi, Mumbai, Pakistan, Islamabad, Bangladesh, Dhaka, Sri Lanka, Colombo, Nepal, Kathmandu,
Mông Cổ, Ulaanbaatar, Úc, Australia, Canberra, Sydney, Melbourne, New Zealand, Wellington,
Mỹ, Hoa Kỳ, Washington, New York, Los Angeles, San Francisco, Canada, Ottawa, Toronto,
Mexico, Brazil, Brasilia, Argentina, Buenos Aires, Chile, Santiago, Cuba, La Habana, Havana,
Peru, Lima, Venezuela, Caracas, Colombia, Bogota, Anh, London, Pháp, France, Paris, Đức,
Germany, Berlin, Ý, Italy, Rome, Roma, Tây Ban Nha, Spain, Madrid, Bồ Đào Nha, Lisbon,
Hà Lan, Amsterdam, The Hague, La Hay, Bỉ, Brussels, Thụy Sĩ, Geneva, Bern, Zurich, Áo, Vienna,
Nga, Russia, Moscow, Moskva, Matxcơva, Ukraine, Kiev, Kyiv, Ba Lan, Warsaw, Séc, Prague,
Hungary, Budapest, Romania, Bucharest, Bulgaria, Sofia, Hy Lạp, Athens, Thổ Nhĩ Kỳ, Ankara,
Istanbul, Israel, Jerusalem, Tel Aviv, Iran, Tehran, Iraq, Baghdad, Syria, Damascus,
Ả Rập Xê Út, Saudi Arabia, Riyadh, UAE, Dubai, Abu Dhabi, Qatar, Doha, Ai Cập, Egypt, Cairo,
Nam Phi, Pretoria, Johannesburg, Nigeria, Abuja, Kenya, Nairobi, Ethiopia, Addis Ababa,
Sudan, Nam Sudan, Juba, Khartoum, Abyei, Algeria, Angola, Mozambique, Cộng hòa Séc, Thụy Điển,
Stockholm, Na Uy, Oslo, Đan Mạch, Copenhagen, Phần Lan, Helsinki, Ireland, Dublin, Belarus,
Minsk, Kazakhstan, Astana, Uzbekistan, Tashkent, Afghanistan, Kabul, Gaza, Palestine
"""


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


PLACES = frozenset(_key(name) for name in (_VIETNAM + "," + _WORLD).split(",") if name.strip())


def is_place(text: str) -> bool:
    """``text`` (case ignored) is a place in the gazetteer."""
    return _key(text.strip(" ,.-–—")) in PLACES
